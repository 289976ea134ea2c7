package io.gigafab.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A login through Keycloak's own login form without a browser: authorization request with PKCE, the
 * form posted with user name and password, the code taken from the redirect (which is never
 * followed) and exchanged for tokens.
 */
final class InteractiveLogin {

    private static final String REDIRECT = "http://localhost:8080/signed-in";
    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private final String endpoints;
    private final String clientId;
    private final HttpClient http =
            HttpClient.newBuilder()
                    .cookieHandler(new LoginCookies())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    /** {@code endpoints}: the realm's {@code …/protocol/openid-connect}. */
    InteractiveLogin(String endpoints, String clientId) {
        this.endpoints = endpoints;
        this.clientId = clientId;
    }

    String login(String username, String password) throws IOException, InterruptedException {
        String verifier = randomVerifier();
        String page =
                get(
                        endpoints
                                + "/auth?response_type=code&scope=openid&client_id="
                                + clientId
                                + "&redirect_uri="
                                + enc(REDIRECT)
                                + "&code_challenge_method=S256&code_challenge="
                                + challenge(verifier));
        Matcher action = FORM_ACTION.matcher(page);
        if (!action.find()) {
            throw new IllegalStateException("No login form from Keycloak for " + username);
        }
        HttpResponse<String> posted =
                post(
                        action.group(1).replace("&amp;", "&"),
                        "username=" + enc(username) + "&password=" + enc(password));
        String location = posted.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        if (!code.find()) {
            throw new IllegalStateException(
                    "Login of " + username + " refused: " + posted.statusCode());
        }
        String tokens =
                post(
                                endpoints + "/token",
                                "grant_type=authorization_code&client_id="
                                        + clientId
                                        + "&code="
                                        + URLDecoder.decode(code.group(1), StandardCharsets.UTF_8)
                                        + "&redirect_uri="
                                        + enc(REDIRECT)
                                        + "&code_verifier="
                                        + verifier)
                        .body();
        return new ObjectMapper().readTree(tokens).path("access_token").asText();
    }

    private String get(String url) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private HttpResponse<String> post(String url, String form)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String randomVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keeps Keycloak's login cookies. Java's CookieManager would drop them: Keycloak marks them
     * Secure, and the local stack speaks plain HTTP to localhost (browsers treat localhost as
     * secure; Java does not).
     */
    private static final class LoginCookies extends CookieHandler {
        private final java.util.Map<String, String> cookies =
                new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public java.util.Map<String, java.util.List<String>> get(
                URI uri, java.util.Map<String, java.util.List<String>> headers) {
            String header =
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(java.util.stream.Collectors.joining("; "));
            return header.isEmpty()
                    ? java.util.Map.of()
                    : java.util.Map.of("Cookie", java.util.List.of(header));
        }

        @Override
        public void put(URI uri, java.util.Map<String, java.util.List<String>> headers) {
            headers.forEach(
                    (name, values) -> {
                        if ("Set-Cookie".equalsIgnoreCase(name)) {
                            values.forEach(this::keep);
                        }
                    });
        }

        private void keep(String setCookie) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
