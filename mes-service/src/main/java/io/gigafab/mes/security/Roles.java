package io.gigafab.mes.security;

/** The roles of the MES, as Keycloak puts them into the access token. */
public final class Roles {

    public static final String OPERATOR = "operator";
    public static final String ENGINEER = "engineer";
    public static final String QUALITY = "quality";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    private Roles() {}
}
