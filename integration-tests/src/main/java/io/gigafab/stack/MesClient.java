package io.gigafab.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The MES REST API as one user: every call carries that user's bearer token (or none). */
public final class MesClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer of the MES: status and body. */
    public record Answer(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Where the bearer token of each call comes from. */
    @FunctionalInterface
    public interface TokenSource {
        String token();
    }

    private final String baseUrl;
    private final TokenSource tokens;

    /** A client with one fixed token ({@code null} = anonymous). */
    public MesClient(String baseUrl, String token) {
        this(baseUrl, () -> token);
    }

    public MesClient(String baseUrl, TokenSource tokens) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
    }

    /** The same MES without a token (anonymous). */
    public MesClient anonymous() {
        return new MesClient(baseUrl, (String) null);
    }

    public Answer get(String path) {
        return send("GET", path, null, null);
    }

    public Answer post(String path, Object body) {
        return send("POST", path, body, null);
    }

    /** POST with an {@code Idempotency-Key} header (track-out). */
    public Answer post(String path, Object body, String idempotencyKey) {
        return send("POST", path, body, idempotencyKey);
    }

    public Answer put(String path, Object body) {
        return send("PUT", path, body, null);
    }

    private Answer send(String method, String path, Object body, String idempotencyKey) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/json")
                            .header("Content-Type", "application/json")
                            .method(
                                    method,
                                    body == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(
                                                    JSON.writeValueAsString(body)));
            String token = tokens.token();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
