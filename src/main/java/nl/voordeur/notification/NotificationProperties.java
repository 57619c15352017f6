package nl.voordeur.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl the address users reach Voordeur at, for the links in the e-mails
 * @param from    the sender of the e-mails
 */
@ConfigurationProperties("voordeur.notification")
record NotificationProperties(@DefaultValue("http://localhost:8080") String baseUrl,
                              @DefaultValue("voordeur@localhost") String from) {

    NotificationProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
