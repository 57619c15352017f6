package nl.voordeur.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OpenID Connect provider over HTTP in the test JVM (NAV's mock-oauth2-server, with its
 * interactive login form), and a person who signs in there. Voordeur talks to it as to Keycloak:
 * discovery from the issuer URI, the code flow, the token endpoint, JWKS and end_session.
 */
public final class IdentityProvider implements AutoCloseable {

    private static final String ISSUER_ID = "voordeur-idp";

    private final MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("""
            {"interactiveLogin": true}"""));
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Starts the provider on a free port. */
    public IdentityProvider() {
        server.start();
    }

    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    public String endSessionEndpoint() {
        return server.endSessionEndpointUrl(ISSUER_ID).toString();
    }

    /**
     * The whole code flow as a browser runs it: Voordeur sends the browser to the provider, the
     * person signs in there as {@code subject} with these claims in the ID token, and the
     * provider sends the browser back to Voordeur's callback. Returns Voordeur's answer to it.
     */
    public PageClient.Page signIn(PageClient browser, String subject, Map<String, Object> claims) {
        var toProvider = browser.get("/oauth2/authorization/voordeur");
        if (toProvider.status() != 302 || !toProvider.location().startsWith(issuer())) {
            throw new AssertionError("Voordeur did not send the browser to the provider: " + toProvider.status()
                    + " " + toProvider.location());
        }
        URI callback = URI.create(submitLoginForm(toProvider.location(), subject, claims));
        return browser.get(callback.getRawPath() + "?" + callback.getRawQuery());
    }

    /** Follows a redirect to the provider (such as RP-initiated logout) and returns where it sends the browser. */
    public String follow(String location) {
        return header(send(HttpRequest.newBuilder(URI.create(location)).GET()), "Location");
    }

    private String submitLoginForm(String authorizationUrl, String subject, Map<String, Object> claims) {
        String form = "username=" + enc(subject) + "&claims=" + enc(ApiClient.JSON.writeValueAsString(claims));
        var response = send(HttpRequest.newBuilder(URI.create(authorizationUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 302) {
            throw new AssertionError("the provider refused the sign-in: " + response.statusCode() + " " + response.body());
        }
        return header(response, "Location");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
