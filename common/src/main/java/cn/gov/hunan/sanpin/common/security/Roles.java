package cn.gov.hunan.sanpin.common.security;

/** Realm roles of the Keycloak realm {@code sanpin} (DOMAIN.md §7, ARCHITECTURE.md security model). */
public final class Roles {
    public static final String ENTERPRISE = "enterprise";
    public static final String COUNTY_OFFICER = "county-officer";
    public static final String CITY_OFFICER = "city-officer";
    public static final String PROVINCE_OFFICER = "province-officer";
    public static final String EXPERT = "expert";
    public static final String SYSADMIN = "sysadmin";
    public static final String SECADMIN = "secadmin";
    public static final String AUDITOR = "auditor";
    /** service accounts calling each other */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
