package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import com.nimbusds.jwt.SignedJWT;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import nl.voordeur.testing.IdentityProvider;
import nl.voordeur.testing.PageClient;
import nl.voordeur.testing.TestClock;

/**
 * Login through a real OpenID Connect provider over HTTP with the authorization-code flow:
 * discovery, the code exchange, the ID token's signature and nonce, and the account match.
 * Demo mode stays on (as in the other HTTP tests), as all contexts share one database and the
 * demo data is created only while it holds no account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "voordeur.access.oidc.enabled=true",
        "spring.security.oauth2.client.registration.voordeur.client-id=voordeur",
        "spring.security.oauth2.client.registration.voordeur.client-secret=test-secret",
        "spring.security.oauth2.client.registration.voordeur.scope=openid,profile,email",
        "voordeur.access.two-factor.enforced=false"})
@Import(TestClock.Config.class)
class OidcLoginTests {

    static final IdentityProvider IDP = new IdentityProvider();
    static final String PASSWORD = "a long test passphrase 2026";
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.voordeur.issuer-uri", IDP::issuer);
    }

    @AfterAll
    static void stopIdentityProvider() {
        IDP.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    TwoFactorService twoFactorService;

    @Autowired
    AccessManagement access;

    @Autowired
    TwoFactorPolicy policy;

    @Autowired
    JdbcClient jdbc;

    private ZonedDateTime now;

    @BeforeEach
    void fixTheClock() {
        now = ZonedDateTime.ofInstant(Instant.ofEpochSecond(Instant.now().getEpochSecond() / 30 * 30 + 5), ZoneOffset.UTC);
        TestClock.set(now);
    }

    @AfterEach
    void resetTheClockAndPolicy() {
        TestClock.reset();
        policy.enforce(false);
    }

    @Test
    void aMatchingEnabledAccountLogsInThroughTheIdentityProvider() {
        var user = user();
        var browser = new PageClient(port);

        var answer = IDP.signIn(browser, subject(), Map.of("preferred_username", user.username()));

        assertThat(answer.location()).endsWith("/");
        var start = browser.get("/");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains(user.displayName());
    }

    @Test
    void anUnknownAccountIsRefusedWithTheClearMessage() {
        var browser = new PageClient(port);

        var answer = IDP.signIn(browser, subject(), Map.of("preferred_username", "nobody-" + UUID.randomUUID()));

        assertThat(answer.location()).endsWith("/login");
        assertThat(browser.get("/login").body()).contains("Bij deze organisatie-login hoort geen actief Voordeur-account")
                .doesNotContain("wachtwoord klopt niet");
        assertThat(browser.get("/").location()).endsWith("/login");
    }

    @Test
    void withTwoFactorEnforcedALoginWithoutMfaMustEnrolAndLaterGiveVoordeursCode() {
        policy.enforce(true);
        var user = user();
        String subject = subject();
        var browser = new PageClient(port);

        assertThat(IDP.signIn(browser, subject, Map.of("preferred_username", user.username())).location())
                .endsWith("/login/enrol");
        assertThat(browser.get("/").location()).endsWith("/login/enrol");
        String enrolPage = browser.get("/login/enrol").body();
        assertThat(enrolPage).doesNotContain("met uw wachtwoord").contains("ook een code uit de app");
        String secret = secretOn(enrolPage);
        assertThat(browser.postForm("/login/enrol", Map.of("code", code(secret), "enrolmentCode", enrolmentCode(user)))
                .location()).endsWith("/");
        assertThat(browser.get("/").status()).isEqualTo(200);

        later(30);
        var nextTime = new PageClient(port);
        assertThat(IDP.signIn(nextTime, subject, Map.of("preferred_username", user.username())).location())
                .endsWith("/login/code");
        assertThat(nextTime.get("/").location()).endsWith("/login/code");
        nextTime.get("/login/code");
        assertThat(nextTime.postForm("/login/code", Map.of("code", code(secret))).location()).endsWith("/");
        assertThat(nextTime.get("/").body()).contains(user.displayName());
    }

    @Test
    void aLoginWhoseProviderReportsMfaSkipsVoordeursCode() {
        var user = user();
        String subject = subject();
        enrolThroughTheProvider(user, subject);
        later(30);

        var keycloakDefault = new PageClient(port);
        assertThat(IDP.signIn(keycloakDefault, subject, Map.of("preferred_username", user.username(), "acr", "1"))
                .location()).as("acr 1 is not MFA").endsWith("/login/code");

        var withMfa = new PageClient(port);
        var answer = IDP.signIn(withMfa, subject, Map.of("preferred_username", user.username(),
                "amr", List.of("pwd", "mfa")));
        assertThat(answer.location()).endsWith("/");
        assertThat(withMfa.get("/").body()).contains(user.displayName());
    }

    @Test
    void theAccountIsBoundToTheProvidersUserAtTheFirstLoginAndFoundOnlyByItAfterwards() {
        var user = user();
        String subject = subject();
        assertThat(IDP.signIn(new PageClient(port), subject, Map.of("preferred_username", user.username())).location())
                .endsWith("/");

        var someoneElse = new PageClient(port);
        assertThat(IDP.signIn(someoneElse, subject(), Map.of("preferred_username", user.username())).location())
                .as("another provider user presenting the same username").endsWith("/login");
        assertThat(someoneElse.get("/login").body()).contains("Bij deze organisatie-login hoort geen actief Voordeur-account");

        var renamedAtTheProvider = new PageClient(port);
        assertThat(IDP.signIn(renamedAtTheProvider, subject, Map.of("preferred_username", "renamed-" + UUID.randomUUID()))
                .location()).endsWith("/");
        assertThat(renamedAtTheProvider.get("/").body()).contains(user.displayName());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'UPDATE' AND record_id = ? "
                + "AND details = ?").params(user.id().toString(), "bound to identity provider " + IDP.issuer())
                .query(Long.class).single()).isOne();
    }

    @Test
    void loggingOutEndsTheSessionAtTheIdentityProviderToo() throws Exception {
        var user = user();
        String subject = subject();
        var browser = new PageClient(port);
        IDP.signIn(browser, subject, Map.of("preferred_username", user.username()));
        browser.get("/");

        var logout = browser.postForm("/logout", Map.of());

        assertThat(logout.location()).startsWith(IDP.endSessionEndpoint() + "?");
        var query = UriComponentsBuilder.fromUriString(logout.location()).build().getQueryParams();
        String hint = URLDecoder.decode(query.getFirst("id_token_hint"), StandardCharsets.UTF_8);
        assertThat(SignedJWT.parse(hint).getJWTClaimsSet().getSubject()).isEqualTo(subject);
        String loggedOut = "http://localhost:" + port + "/login?logout";
        assertThat(URLDecoder.decode(query.getFirst("post_logout_redirect_uri"), StandardCharsets.UTF_8)).isEqualTo(loggedOut);
        assertThat(IDP.follow(logout.location())).as("the provider sends the browser back").isEqualTo(loggedOut);
        assertThat(browser.get("/").location()).endsWith("/login");
        assertThat(auditDetails("LOGOUT", user.id())).containsExactly("identity provider " + IDP.issuer() + " session");
    }

    /** Found with Keycloak in Chromium: the browser refused the logout's redirect to the provider. */
    @Test
    void thePagesLetTheLogoutFormGoOnToTheProvidersEndSessionEndpoint() {
        var user = user();
        var browser = new PageClient(port);
        IDP.signIn(browser, subject(), Map.of("preferred_username", user.username()));

        String policy = browser.get("/").header("Content-Security-Policy");

        var endSession = URI.create(IDP.endSessionEndpoint());
        String formAction = Arrays.stream(policy.split(";")).map(String::trim)
                .filter(d -> d.startsWith("form-action ")).findFirst().orElseThrow();
        assertThat(formAction.split(" ")).as("browsers hold a form's redirects to form-action")
                .contains("'self'", endSession.getScheme() + "://" + endSession.getRawAuthority());
    }

    @Test
    void aPasswordSessionStillLogsOutStraightToTheLoginPage() {
        var user = user();
        var browser = PageClient.loggedIn(port, user.username(), PASSWORD);
        browser.get("/");

        assertThat(browser.postForm("/logout", Map.of()).location()).endsWith("/login?logout")
                .doesNotContain(IDP.issuer());
        assertThat(browser.get("/").location()).endsWith("/login");
        assertThat(auditDetails("LOGOUT", user.id())).containsExactly("password session");
    }

    @Test
    void anIdentityProviderLoginIsAuditedWithTheProviderAndWhetherItReportedMfa() {
        var user = user();
        String subject = subject();
        IDP.signIn(new PageClient(port), subject, Map.of("preferred_username", user.username()));
        IDP.signIn(new PageClient(port), subject, Map.of("preferred_username", user.username(), "amr", List.of("mfa")));
        PageClient.loggedIn(port, user.username(), PASSWORD);

        assertThat(auditDetails("LOGIN", user.id())).containsExactly(
                "identity provider " + IDP.issuer() + ", no MFA reported",
                "identity provider " + IDP.issuer() + ", MFA reported",
                "password");
    }

    @Test
    void aRefusedIdentityProviderLoginKeepsThePresentedUsername() {
        String presented = "nobody-" + UUID.randomUUID();
        IDP.signIn(new PageClient(port), subject(), Map.of("preferred_username", presented));

        assertThat(jdbc.sql("SELECT outcome || ' ' || details FROM audit.audit_entry WHERE action = 'LOGIN_FAILED' "
                + "AND username = ?").param(presented).query(String.class).list())
                .containsExactly("DENIED identity provider " + IDP.issuer() + ": no such account");
    }

    @Test
    void aLoginThatStopsAtTheEnrolmentPageIsNoSuccessUntilTheEnrolmentIsDone() {
        policy.enforce(true);
        var user = user();
        var browser = new PageClient(port);
        assertThat(IDP.signIn(browser, subject(), Map.of("preferred_username", user.username())).location())
                .endsWith("/login/enrol");
        assertThat(auditDetails("LOGIN", user.id())).isEmpty();

        browser.postForm("/login/enrol", Map.of("code", code(secretOn(browser.get("/login/enrol").body())),
                "enrolmentCode", enrolmentCode(user)));
        assertThat(auditDetails("LOGIN", user.id()))
                .containsExactly("identity provider " + IDP.issuer() + ", no MFA reported, second factor");
    }

    /** The details of this user's successful entries with this action, oldest first. */
    private List<String> auditDetails(String action, UUID userId) {
        return jdbc.sql("SELECT details FROM audit.audit_entry WHERE action = ? AND record_id = ? AND outcome = 'SUCCESS' "
                + "ORDER BY id").params(action, userId.toString()).query(String.class).list();
    }

    private void enrolThroughTheProvider(User user, String subject) {
        policy.enforce(true);
        var browser = new PageClient(port);
        IDP.signIn(browser, subject, Map.of("preferred_username", user.username()));
        String secret = secretOn(browser.get("/login/enrol").body());
        assertThat(browser.postForm("/login/enrol", Map.of("code", code(secret), "enrolmentCode", enrolmentCode(user)))
                .location()).endsWith("/");
        policy.enforce(false);
    }

    /** The one-time code an administrator issues for a first enrolment while two-factor is enforced. */
    private String enrolmentCode(User user) {
        return AsSystem.call(() -> twoFactorService.issueEnrolmentCode(user.id())).code();
    }

    record User(UUID id, String username, String displayName) {
    }

    private User user() {
        String username = "idp-" + UUID.randomUUID().toString().substring(0, 12);
        var created = AsSystem.call(() -> {
            var organisation = access.createOrganisation("Org-" + UUID.randomUUID(), OrganisationKind.WELFARE);
            return access.createUser(new NewUser(username, PASSWORD, "Test " + username, organisation.id(), null,
                    Set.of(Role.VISITOR)));
        });
        return new User(created.id(), username, "Test " + username);
    }

    private static String subject() {
        return "sub-" + UUID.randomUUID();
    }

    private static String secretOn(String page) {
        var m = SECRET.matcher(page);
        assertThat(m.find()).as("the enrolment page shows the secret").isTrue();
        return m.group(1);
    }

    private void later(int seconds) {
        now = now.plusSeconds(seconds);
        TestClock.set(now);
    }

    private String code(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, now.toEpochSecond() / 30);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
