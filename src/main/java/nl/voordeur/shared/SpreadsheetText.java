package nl.voordeur.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Text for cells that leave the application as CSV or Excel (ASVS 1.2.10): a value starting with
 * {@code = + - @}, a tab or NUL is prefixed with an apostrophe so no spreadsheet runs it as a
 * formula; CSV fields are quoted where needed (RFC 4180).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) return "";
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\0'
                || first == '\r' ? "'" + value : value;
    }

    /** One CSV line (without line end) of defused, quoted-where-needed fields. */
    public static String csvLine(List<?> fields) {
        return fields.stream().map(f -> csvField(f == null ? "" : safe(String.valueOf(f))))
                .collect(Collectors.joining(","));
    }

    private static String csvField(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
