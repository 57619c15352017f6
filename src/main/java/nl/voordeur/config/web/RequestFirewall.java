package nl.voordeur.config.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall, which refuses suspicious requests with 400 (answered as problem details
 * by {@link ErrorPages}). It also lets through the QUERY method, which Spring MVC knows, so that QUERY
 * on an endpoint that does not take it gets the same 405 with {@code Allow} as any other method.
 */
@Configuration(proxyBeanMethods = false)
class RequestFirewall {

    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHttpMethods(List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "QUERY"));
        return firewall;
    }
}
