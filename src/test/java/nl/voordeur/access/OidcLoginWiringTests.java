package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.voordeur.testing.PageClient;

/**
 * With {@code voordeur.access.oidc.enabled} and a client registration, the login page offers the
 * organisation login and sends the browser to the identity provider (no IdP needs to run for this).
 * The other tests run with OIDC off: their context is the proof that it starts without it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "voordeur.access.oidc.enabled=true",
        "spring.security.oauth2.client.registration.voordeur.client-id=voordeur",
        "spring.security.oauth2.client.registration.voordeur.client-secret=test-secret",
        "spring.security.oauth2.client.registration.voordeur.scope=openid,profile,email",
        "spring.security.oauth2.client.registration.voordeur.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.voordeur.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.voordeur.authorization-uri=https://idp.example/auth",
        "spring.security.oauth2.client.provider.voordeur.token-uri=https://idp.example/token",
        "spring.security.oauth2.client.provider.voordeur.jwk-set-uri=https://idp.example/certs",
        "spring.security.oauth2.client.provider.voordeur.user-info-uri=https://idp.example/userinfo",
        "spring.security.oauth2.client.provider.voordeur.user-name-attribute=sub",
        "voordeur.demo.enabled=false"})
class OidcLoginWiringTests {

    @LocalServerPort
    int port;

    @Test
    void theLoginPageOffersTheOrganisationLoginWhichRedirectsToTheIdentityProvider() {
        var browser = new PageClient(port);
        assertThat(browser.get("/login").body()).contains("/oauth2/authorization/voordeur");
        var redirect = browser.get("/oauth2/authorization/voordeur");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).startsWith("https://idp.example/auth?")
                .contains("client_id=voordeur").contains("scope=openid").contains("nonce=");
    }

    @Test
    void aCallbackWithoutAMatchingRequestIsRefusedBackToTheLoginPage() {
        var callback = new PageClient(port).get("/login/oauth2/code/voordeur?code=x&state=forged");
        assertThat(callback.status()).isEqualTo(302);
        assertThat(callback.location()).endsWith("/login");
        assertThat(new PageClient(port).get("/").location()).endsWith("/login");
    }
}
