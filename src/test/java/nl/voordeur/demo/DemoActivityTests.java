package nl.voordeur.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.voordeur.access.AsSystem;
import nl.voordeur.address.AddressImport;
import nl.voordeur.address.VisitPlanning;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.testing.HttpTest;

/** The demo's Wielwijk shows the seed's figures: 214 households, 160 contacted, 100 visited, a third each single, multiple, none. */
class DemoActivityTests extends HttpTest {

    @Autowired
    ProgrammeManagement programmes;

    @Autowired
    AddressImport imports;

    @Autowired
    DemoActivity activity;

    @Autowired
    VisitPlanning planning;

    @Test
    void wielwijkShowsTheSeedFigures() {
        SeedProgramme wielwijk = SeedProgrammes.ALL.stream()
                .filter(p -> p.details().neighbourhood().equals("Wielwijk")).findFirst().orElseThrow();
        var figures = AsSystem.call(() -> {
            var programme = programmes.create(wielwijk.details());
            imports.importNow(programme.id(), AddressListGenerator.csv(wielwijk, "Dordrecht").getBytes(StandardCharsets.UTF_8));
            activity.play(programmes.get(programme.id()), OutreachPlan.forProgramme("Wielwijk"), wielwijk.seed());
            return Map.entry(programme.id(), planning.figures(programme.id()));
        });
        assertThat(figures.getValue().households()).isEqualTo(214);
        assertThat(figures.getValue().contacted()).isEqualTo(160);
        assertThat(figures.getValue().visited()).isEqualTo(100);
        var profiles = jdbc.sql("""
                SELECT CASE count(DISTINCT q.domain) FILTER (WHERE q.kind IN ('QUESTION', 'SIGNAL'))
                         WHEN 0 THEN 'NONE' WHEN 1 THEN 'SINGLE' ELSE 'MULTIPLE' END AS profile
                FROM household.household h LEFT JOIN household.help_question q ON q.household_id = h.id
                WHERE h.programme_id = ? GROUP BY h.id""").param(figures.getKey()).query(String.class).list();
        assertThat(profiles).hasSize(100);
        assertThat(profiles.stream().filter("SINGLE"::equals).count()).isEqualTo(33);
        assertThat(profiles.stream().filter("MULTIPLE"::equals).count()).isEqualTo(36);
        assertThat(profiles.stream().filter("NONE"::equals).count()).isEqualTo(31);
    }
}
