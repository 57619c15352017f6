package nl.voordeur.neighbourhood.web;

import java.math.BigDecimal;

import nl.voordeur.shared.DomainRuleViolated;

/** Numbers as people type them in a form: "12,5" or "12.5"; empty is none; anything else names its field. */
final class PageNumbers {

    private PageNumbers() {
    }

    static BigDecimal decimal(String text, String field) {
        if (text == null || text.isBlank()) return null;
        String plain = text.strip().replace(" ", "");
        if (!plain.matches("-?\\d{1,12}([.,]\\d{1,3})?")) throw new DomainRuleViolated("indicator.value.range", field);
        return new BigDecimal(plain.replace(',', '.'));
    }

    static Integer whole(String text, String field, String messageKey) {
        if (text == null || text.isBlank()) return null;
        if (!text.strip().matches("\\d{1,9}")) throw new DomainRuleViolated(messageKey, field);
        return Integer.valueOf(text.strip());
    }
}
