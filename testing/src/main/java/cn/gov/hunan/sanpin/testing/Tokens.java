package cn.gov.hunan.sanpin.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * Access tokens shaped like the realm {@code sanpin}'s (roles under {@code realm_access.roles}; scope attributes
 * as {@code unit_name}, {@code region_code}, {@code credit_code}; {@code typ} Bearer, as Keycloak marks its access
 * tokens), signed with the key the in-process OIDC server ({@code OidcWiremockTestResource}) publishes, so services
 * verify them through JWKS exactly as in production.
 * The demo users of deploy/keycloak/sanpin-realm.json are mirrored here.
 */
public final class Tokens {

    /** The issuer the in-process OIDC server announces. */
    public static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    public static String province() {
        return officer("province", "province-officer", "湖南省工业和信息化厅消费品工业处", "430000");
    }

    public static String city(String username, String unitName, String regionCode) {
        return officer(username, "city-officer", unitName, regionCode);
    }

    public static String county(String username, String unitName, String regionCode) {
        return officer(username, "county-officer", unitName, regionCode);
    }

    public static String enterprise(String username, String enterpriseName, String creditCode) {
        return token(username, List.of("enterprise"), Map.of("unit_name", enterpriseName, "credit_code", creditCode,
                "region_code", creditCode.substring(2, 8)));
    }

    public static String officer(String username, String role, String unitName, String regionCode) {
        return token(username, List.of(role), Map.of("unit_name", unitName, "region_code", regionCode));
    }

    public static String withRoles(String username, String... roles) {
        return token(username, List.of(roles), Map.of());
    }

    public static String token(String username, List<String> roles, Map<String, String> claims) {
        return signed("Bearer", username, roles, claims);
    }

    /** An ID token of the realm ({@code typ} ID): it says who logged in to the web client, it grants nothing. */
    public static String idToken(String username, String... roles) {
        return signed("ID", username, List.of(roles), Map.of());
    }

    private static String signed(String type, String username, List<String> roles, Map<String, String> claims) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER)
                .claim("typ", type)
                .subject(username + "-id")
                .preferredUserName(username)
                .claim("name", username)
                .claim("realm_access", Map.of("roles", roles));
        claims.forEach(builder::claim);
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }
}
