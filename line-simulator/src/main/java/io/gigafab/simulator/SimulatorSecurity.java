package io.gigafab.simulator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How an {@link EquipmentServer} is secured: which endpoints it offers, where its PKI lives and
 * which user identities it accepts.
 *
 * <ul>
 *   <li>{@code noneEndpoint} — SecurityPolicy None, MessageSecurityMode None (development only).
 *   <li>{@code signAndEncryptEndpoint} — SecurityPolicy Basic256Sha256, MessageSecurityMode
 *       SignAndEncrypt; only clients whose certificate is in {@code <pki>/trusted/certs} connect.
 *   <li>{@code pkiDirectory} — the server's application instance certificate ({@code own/}), the
 *       trust list ({@code trusted/}, {@code issuers/}) and the rejected client certificates
 *       ({@code rejected/}).
 *   <li>{@code anonymousAllowed}, {@code users} — the identities accepted on every endpoint: the
 *       anonymous one and/or user name + password. Passwords are sent encrypted with the server
 *       certificate (token policy Basic256Sha256), also on the None endpoint.
 * </ul>
 *
 * <p>The PKI directory is only touched when a certificate is needed: for the SignAndEncrypt
 * endpoint or for user names ({@link #needsCertificate()}). The default, {@link #insecure()}, is
 * one None endpoint with anonymous access and no files at all.
 *
 * <p>Passwords are configuration, not source: {@link #toString()} never shows them.
 */
public record SimulatorSecurity(
        boolean noneEndpoint,
        boolean signAndEncryptEndpoint,
        Path pkiDirectory,
        boolean anonymousAllowed,
        Map<String, String> users,
        String keyStorePassword) {

    /** PKI directory when none is configured, relative to the working directory. */
    public static final Path DEFAULT_PKI_DIRECTORY = Path.of(".gigafab", "simulator-pki");

    /**
     * Password of the PKCS12 keystore holding the server's private key when none is configured. It
     * is public (it is written here): the file permissions of the PKI directory protect the key.
     */
    public static final String DEFAULT_KEY_STORE_PASSWORD = "gigafab-simulator-keystore";

    public SimulatorSecurity {
        if (!noneEndpoint && !signAndEncryptEndpoint) {
            throw new IllegalArgumentException("at least one endpoint must be offered");
        }
        if (!anonymousAllowed && users.isEmpty()) {
            throw new IllegalArgumentException(
                    "no identity accepted: allow anonymous or add a user");
        }
        users.forEach(SimulatorSecurity::checkUser);
        if (keyStorePassword.isEmpty()) {
            throw new IllegalArgumentException("the keystore password must not be empty");
        }
        users = Map.copyOf(users);
    }

    /** Today's development default: one None endpoint, anonymous access, no PKI. */
    public static SimulatorSecurity insecure() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The security settings from {@code GIGAFAB_SIMULATOR_*} environment variables (see the
     * README): {@code ENDPOINT_NONE}, {@code ENDPOINT_BASIC256SHA256}, {@code PKI_DIR}, {@code
     * ANONYMOUS}, {@code USERNAME} + {@code PASSWORD}, {@code KEYSTORE_PASSWORD}.
     */
    public static SimulatorSecurity fromEnvironment(Map<String, String> env) {
        var builder =
                builder()
                        .noneEndpoint(flag(env, "GIGAFAB_SIMULATOR_ENDPOINT_NONE", true))
                        .signAndEncryptEndpoint(
                                flag(env, "GIGAFAB_SIMULATOR_ENDPOINT_BASIC256SHA256", false))
                        .anonymous(flag(env, "GIGAFAB_SIMULATOR_ANONYMOUS", true));
        String pkiDirectory = env.get("GIGAFAB_SIMULATOR_PKI_DIR");
        if (pkiDirectory != null && !pkiDirectory.isBlank()) {
            builder.pkiDirectory(Path.of(pkiDirectory.trim()));
        }
        String keyStorePassword = env.get("GIGAFAB_SIMULATOR_KEYSTORE_PASSWORD");
        if (keyStorePassword != null && !keyStorePassword.isEmpty()) {
            builder.keyStorePassword(keyStorePassword);
        }
        String username = env.get("GIGAFAB_SIMULATOR_USERNAME");
        String password = env.get("GIGAFAB_SIMULATOR_PASSWORD");
        if (username != null && !username.isBlank()) {
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException(
                        "GIGAFAB_SIMULATOR_USERNAME needs GIGAFAB_SIMULATOR_PASSWORD");
            }
            builder.user(username.trim(), password);
        } else if (password != null && !password.isEmpty()) {
            throw new IllegalArgumentException(
                    "GIGAFAB_SIMULATOR_PASSWORD needs GIGAFAB_SIMULATOR_USERNAME");
        }
        return builder.build();
    }

    /** Whether the server needs its application instance certificate (and so the PKI). */
    public boolean needsCertificate() {
        return signAndEncryptEndpoint || !users.isEmpty();
    }

    /** Whether {@code password} is the one configured for {@code username}. */
    boolean passwordMatches(String username, String password) {
        String expected = users.get(username);
        return expected != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8),
                        password.getBytes(StandardCharsets.UTF_8));
    }

    /** Endpoints and identities, without passwords. */
    @Override
    public String toString() {
        return "SimulatorSecurity[none="
                + noneEndpoint
                + ", basic256Sha256SignAndEncrypt="
                + signAndEncryptEndpoint
                + ", pki="
                + pkiDirectory
                + ", anonymous="
                + anonymousAllowed
                + ", users="
                + users.keySet()
                + "]";
    }

    private static void checkUser(String username, String password) {
        if (username.isBlank()) {
            throw new IllegalArgumentException("user names must not be blank");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("user " + username + " has an empty password");
        }
    }

    private static boolean flag(Map<String, String> env, String name, boolean fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default ->
                    throw new IllegalArgumentException(name + " must be true or false: " + value);
        };
    }

    /** Starts from {@link #insecure()}: None endpoint, anonymous, default PKI directory. */
    public static final class Builder {

        private boolean noneEndpoint = true;
        private boolean signAndEncryptEndpoint;
        private Path pkiDirectory = DEFAULT_PKI_DIRECTORY;
        private boolean anonymousAllowed = true;
        private final Map<String, String> users = new LinkedHashMap<>();
        private String keyStorePassword = DEFAULT_KEY_STORE_PASSWORD;

        private Builder() {}

        /** Offer the SecurityPolicy None endpoint (development). Default true. */
        public Builder noneEndpoint(boolean offered) {
            this.noneEndpoint = offered;
            return this;
        }

        /** Offer the Basic256Sha256 SignAndEncrypt endpoint. Default false. */
        public Builder signAndEncryptEndpoint(boolean offered) {
            this.signAndEncryptEndpoint = offered;
            return this;
        }

        /** Where the certificate, trust list and rejected certificates live. */
        public Builder pkiDirectory(Path pkiDirectory) {
            this.pkiDirectory = pkiDirectory;
            return this;
        }

        /** Accept the anonymous identity. Default true. */
        public Builder anonymous(boolean allowed) {
            this.anonymousAllowed = allowed;
            return this;
        }

        /** Accept this user name with this password. */
        public Builder user(String username, String password) {
            users.put(username, password);
            return this;
        }

        /** Password of the PKCS12 keystore in {@code <pki>/own}. */
        public Builder keyStorePassword(String keyStorePassword) {
            this.keyStorePassword = keyStorePassword;
            return this;
        }

        public SimulatorSecurity build() {
            return new SimulatorSecurity(
                    noneEndpoint,
                    signAndEncryptEndpoint,
                    pkiDirectory,
                    anonymousAllowed,
                    users,
                    keyStorePassword);
        }
    }
}
