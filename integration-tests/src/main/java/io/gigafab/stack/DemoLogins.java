package io.gigafab.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * DEMO ONLY: the demo users of the gigafab realm (helm/gigafab/files/gigafab-realm.json) and access
 * tokens for them from the local Keycloak with the password grant, which the realm allows for its
 * public client. Never use these users or this grant in a plant.
 */
public final class DemoLogins {

    /** DEMO ONLY: the password of every demo user. */
    public static final String DEMO_PASSWORD = "demo";

    public static final String CLIENT_ID = "gigafab-mes";

    /** A demo user and what it may do. */
    public record DemoUser(String username, String role, String lines) {}

    public static final List<DemoUser> USERS =
            List.of(
                    new DemoUser("demo-operator", "operator", "L1"),
                    new DemoUser("demo-operator-l2", "operator", "L2"),
                    new DemoUser("demo-engineer", "engineer", "L1, L2"),
                    new DemoUser("demo-quality", "quality", "L1, L2"),
                    new DemoUser("demo-auditor", "auditor", "read-only"),
                    new DemoUser("demo-admin", "admin", "L1, L2"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String tokenUrl;

    public DemoLogins(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    /**
     * Logins of this JVM one at a time: Keycloak 26 with brute-force protection (as the realm has
     * it) temporarily disables a user whose logins arrive concurrently ("user_temporarily_disabled"
     * without any wrong password), e.g. a test and the line driver both logging in demo-operator.
     */
    private static final Object ONE_LOGIN_AT_A_TIME = new Object();

    /** A fresh login (new session, so {@code auth_time} is now): the access token. */
    public String accessToken(String username) throws IOException, InterruptedException {
        synchronized (ONE_LOGIN_AT_A_TIME) {
            return passwordGrant(username);
        }
    }

    private String passwordGrant(String username) throws IOException, InterruptedException {
        String form =
                "grant_type=password&client_id="
                        + CLIENT_ID
                        + "&scope=openid&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password="
                        + DEMO_PASSWORD;
        HttpResponse<String> response =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(tokenUrl))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "Login of "
                            + username
                            + " refused: "
                            + response.statusCode()
                            + " "
                            + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        return body.path("access_token").asText();
    }

    /**
     * A fresh interactive login, as a browser makes it: the authorization code flow with PKCE
     * through Keycloak's login form. Only such a login stamps {@code auth_time} into the token,
     * which the MES requires for electronic signatures (Keycloak 26 leaves it out of password
     * grants).
     */
    public String interactiveLogin(String username) throws IOException, InterruptedException {
        synchronized (ONE_LOGIN_AT_A_TIME) {
            return new InteractiveLogin(tokenUrl.replace("/token", ""), CLIENT_ID)
                    .login(username, DEMO_PASSWORD);
        }
    }

    /**
     * A token source for long-running use (the demo's line driver): logs in again when the token is
     * four minutes old (the realm's tokens live five).
     */
    public MesClient.TokenSource session(String username) {
        return new MesClient.TokenSource() {
            private String token;
            private long loggedInAt;

            @Override
            public synchronized String token() {
                if (token == null || System.nanoTime() - loggedInAt > 240_000_000_000L) {
                    try {
                        token = accessToken(username);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    loggedInAt = System.nanoTime();
                }
                return token;
            }
        };
    }

    /** The claims of a token (its payload, not verified: for tests and diagnostics). */
    public static JsonNode claims(String token) throws IOException {
        String payload = token.split("\\.")[1];
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload));
    }
}
