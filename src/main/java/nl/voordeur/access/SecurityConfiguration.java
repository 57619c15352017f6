package nl.voordeur.access;

import java.net.URI;
import java.util.HashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import jakarta.servlet.http.HttpServletRequest;
import nl.voordeur.audit.AuditLog;

/**
 * Two filter chains: the API ({@code /api/v1/**}, and the API description when a bearer token
 * comes with the request) with bearer tokens and problem-detail errors, and the pages with form
 * login, CSRF and a session. Both deny by default.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * The pages' policy. With OpenID Connect on, the logout form's answer redirects the browser to
     * the provider's end-session endpoint, and browsers hold a form's redirects to
     * {@code form-action} too: without the provider's origin there, the logout would be blocked and
     * the user would stay logged in (at the provider and here).
     */
    static String pageCsp(OidcProperties oidc, ObjectProvider<ClientRegistrationRepository> registrations) {
        if (!oidc.enabled()) return CSP;
        var registration = registrations.getObject().findByRegistrationId(oidc.registrationId());
        if (registration == null) return CSP;
        Object endSession = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        String target = endSession != null ? endSession.toString() : registration.getProviderDetails().getIssuerUri();
        if (target == null) return CSP;
        var uri = URI.create(target);
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return CSP.replace("form-action 'self'", "form-action 'self' " + origin);
    }

    static final String[] PUBLIC_PATHS = {"/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/error", "/language"};

    /** The OpenAPI description (JSON, YAML and the Swagger UI's configuration), see springdoc.api-docs.path. */
    private static final RequestMatcher API_DOCS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/docs/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/docs.yaml"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/docs-ui/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/swagger-ui/**"));

    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /** Argon2id for new hashes; older hash formats still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = new HashMap<String, PasswordEncoder>();
        encoders.put("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder encoder,
                                                LoginThrottle throttle, AuditLog auditLog,
                                                UserAccountRepository users, TwoFactorStore twoFactor) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, auditLog, users, twoFactor));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ApiProblemWriter problems,
                                AuthenticationManager manager, PasswordChanges passwordChanges) throws Exception {
        http.securityMatcher(SecurityConfiguration::apiRequest)
                .authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .anyRequest().authenticated())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeGate(passwordChanges, problems), AuthorizationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager passwords, TwoFactorLogin twoFactor,
                                  OidcProperties oidc, OidcLogin oidcLogin, LoginAudit loginAudit,
                                  ObjectProvider<ClientRegistrationRepository> registrations, Principals principals,
                                  TwoFactorPolicy twoFactorPolicy, PasswordChanges passwordChanges,
                                  AccessProperties properties) throws Exception {
        if (oidc.enabled()) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcLogin.userService()))
                    .successHandler(oidcLogin.successHandler())
                    .failureHandler(oidcLogin.failureHandler()));
        }
        // oauth2Login() registers the code-exchange providers with this chain's own builder, so the
        // chain must not be handed a whole manager (http.authenticationManager would drop them:
        // ProviderNotFoundException at the callback). A password login finds no provider there and
        // falls through to the parent: the throttled, audited password manager, and nothing else.
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(passwords);
        http.addFilterBefore(new SessionAgeLimit(properties.sessionMaxAge()), SecurityContextHolderFilter.class)
                .addFilterAfter(new FreshPrincipal(principals, twoFactorPolicy), SecurityContextHolderFilter.class)
                .addFilterBefore(new PasswordChangeGate(passwordChanges, null), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(TwoFactorLogin.CODE_PAGE).access(pending(false))
                        .requestMatchers(TwoFactorLogin.ENROL_PAGE).access(pending(true))
                        .anyRequest().access(fullyLoggedIn()))
                .formLogin(f -> f.loginPage("/login").successHandler(twoFactor).permitAll())
                .exceptionHandling(e -> e.accessDeniedHandler(twoFactor.accessDeniedHandler()))
                .logout(l -> l.logoutUrl("/logout")
                        .logoutSuccessHandler(afterLogout(oidc, registrations))
                        .addLogoutHandler((request, response, authentication) -> loginAudit.loggedOut(authentication))
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
                                ClearSiteDataHeaderWriter.Directive.CACHE, ClearSiteDataHeaderWriter.Directive.COOKIES,
                                ClearSiteDataHeaderWriter.Directive.STORAGE))))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .csrf(Customizer.withDefaults())
                .headers(h -> headers(h, pageCsp(oidc, registrations)));
        return http.build();
    }

    /** To the login page; with OIDC on, a session from the identity provider first ends there too. */
    private static LogoutSuccessHandler afterLogout(OidcProperties oidc,
                                                    ObjectProvider<ClientRegistrationRepository> registrations) {
        if (oidc.enabled()) return new IdentityProviderLogout(registrations.getObject());
        var toLoginPage = new SimpleUrlLogoutSuccessHandler();
        toLoginPage.setDefaultTargetUrl(IdentityProviderLogout.LOGGED_OUT);
        return toLoginPage;
    }

    /**
     * Everything under {@code /api/} is the API (bearer tokens, problem details), unknown paths
     * included; only the API description without a bearer token goes to the page chain, which
     * serves it to a logged-in browser or sends the visitor to the login page.
     */
    private static boolean apiRequest(HttpServletRequest request) {
        if (!API.matches(request)) return false;
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        return bearer || !API_DOCS.matches(request);
    }

    /** Only a complete login (password and, where needed, second factor) holds a {@link CurrentUser}. */
    private static AuthorizationManager<RequestAuthorizationContext> fullyLoggedIn() {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() != null && authentication.get().getPrincipal() instanceof CurrentUser);
    }

    private static AuthorizationManager<RequestAuthorizationContext> pending(boolean mustEnrol) {
        return (authentication, context) -> new AuthorizationDecision(authentication.get() != null
                && authentication.get().getPrincipal() instanceof PendingLogin p && p.mustEnrol() == mustEnrol);
    }

    private void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers(headers, CSP);
    }

    private void headers(HeadersConfigurer<HttpSecurity> headers, String policy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny())
                .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
    }
}
