package nl.voordeur.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.voordeur.shared.DomainRuleViolated;

class IndicatorCsvTest {

    private static final Map<String, Object> KNOWN = Map.of("overlastmeldingen", 1, "veiligheidsgevoel", 2);

    @Test
    void readsSemicolonLinesWithAHeaderAndADecimalComma() {
        var rows = IndicatorCsv.read("\uFEFFindicator;jaar;waarde;bron\nOverlastmeldingen;2019;60;Politie\r\n\nveiligheidsgevoel;2019;6,4;Enquête\n", KNOWN);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).value().value()).isEqualByComparingTo(new BigDecimal("6.4"));
        assertThat(rows.get(1).value().source()).isEqualTo("Enquête");
    }

    @Test
    void namesEveryBadLineAndFieldAtOnce() {
        var refused = (DomainRuleViolated) catchThrowable(() -> IndicatorCsv.read("""
                Overlastmeldingen;2019;60;Politie
                Overlastmeldingen;2020;zestig;Politie
                Onbekend;2020;1;x
                Overlastmeldingen;2019;61;Politie
                Veiligheidsgevoel;20;6;Enquête;extra
                """, KNOWN));
        assertThat(refused.all()).extracting(DomainRuleViolated::field)
                .containsExactly("lines[2].value", "lines[3].indicator", "lines[4].year", "lines[5].line");
        assertThat(refused.all().getFirst().messageKey()).isEqualTo("indicator.import.value");
        assertThat(refused.all().getFirst().arguments()).containsExactly(2, "zestig");
    }
}
