package nl.voordeur.address.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.voordeur.address.AddressProperties;
import nl.voordeur.shared.web.LargeBody;

/** The address file sent to the API may be larger than other request bodies: up to the import limit. */
@Configuration(proxyBeanMethods = false)
class ImportUploads {

    @Bean
    LargeBody addressImportBody(AddressProperties properties) {
        return new LargeBody("/api/v1/programmes/{id}/addresses/import", properties.importMaxBytes());
    }
}
