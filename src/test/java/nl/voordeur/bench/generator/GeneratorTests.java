package nl.voordeur.bench.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.voordeur.audit.GeneratedAuditChain;
import nl.voordeur.testing.HttpTest;

/** The generator on a small scale: the shares it promises, an intact audit chain, and data the app serves. */
class GeneratorTests extends HttpTest {

    /** The owner: the generator loads data as a database administrator would, not as the app's role. */
    @Autowired
    @org.springframework.boot.flyway.autoconfigure.FlywayDataSource
    DataSource dataSource;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void generatedDataHaveTheSharesOfSeed002AndTheAppServesThem() {
        var chain = GeneratedAuditChain.of(context);
        var result = Generator.generate(dataSource, chain, 1_500, 7);
        assertThat(result.programmes()).hasSize(2);
        assertThat(result.rows().get("address.address")).isEqualTo(1_500);
        double visited = jdbc.sql("SELECT count(*) FILTER (WHERE status = 'VISITED') * 1.0 / count(*) FROM address.address "
                + "WHERE programme_id = ?").param(result.largestProgramme()).query(Double.class).single();
        assertThat(visited).isBetween(0.42, 0.52);
        double perHousehold = (double) result.rows().get("household.person") / result.rows().get("household.household");
        assertThat(perHousehold).isBetween(1.9, 2.3);
        assertThat(result.rows().get("household.help_question")).isPositive();
        assertThat(result.rows().get("referral.referral")).isPositive();
        assertThat(chain.intact()).isTrue();
        assertThat(Generator.existing(dataSource, 1_500, 7)).contains(result.largestProgramme());

        var coordinator = api("gen-p1-coordinator");
        var page = coordinator.get("/api/v1/programmes/" + result.largestProgramme() + "/addresses");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isEqualTo(1_000);
        assertThatThrownBy(() -> Generator.generate(dataSource, chain, 10, 8)).hasMessageContaining("already holds generated data");
    }
}
