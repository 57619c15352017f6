package nl.voordeur.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code voordeur.demo}. */
@ConfigurationProperties("voordeur.demo")
record DemoProperties(boolean enabled) {
}
