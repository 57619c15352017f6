package nl.voordeur.programme;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.access.PasswordContextWords;

/** The municipalities of the programmes: a password may not contain them (ASVS 6.2.11). */
@Component
class MunicipalityPasswordWords implements PasswordContextWords {

    private final JdbcClient jdbc;

    MunicipalityPasswordWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Collection<String> words() {
        return jdbc.sql("SELECT DISTINCT municipality FROM programme.programme").query(String.class).list();
    }
}
