package cn.gov.hunan.sanpin.common.security;

import java.util.Optional;
import java.util.Set;

/**
 * The person (or service account) behind the current request, as the Keycloak token says: who, for which unit,
 * with which roles, and the scope attributes an administrator gave them (never the user themselves).
 *
 * @param username   {@code preferred_username}
 * @param displayName {@code name}, falling back to the username
 * @param unitName   {@code unit_name}: the officer's bureau or the enterprise's name
 * @param regionCode {@code region_code}: an officer's jurisdiction (GB/T 2260)
 * @param creditCode {@code credit_code}: an enterprise user's enterprise
 */
public record Actor(String username, String displayName, Set<String> roles, Optional<String> unitName,
        Optional<String> regionCode, Optional<String> creditCode) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
