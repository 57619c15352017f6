package nl.voordeur.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code voordeur.demo}. */
@ConfigurationProperties("voordeur.demo")
record DemoProperties(boolean enabled) {

    static final String PASSWORD = "demo-voordeur-2026";
}
