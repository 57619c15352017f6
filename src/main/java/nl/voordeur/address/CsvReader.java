package nl.voordeur.address;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into records: fields separated by one delimiter, optionally quoted with {@code "}, with
 * {@code ""} for a quote and line breaks allowed inside quotes. Line endings may be LF, CRLF or CR.
 * Lenient: a quote inside an unquoted field is kept as is, an unclosed quote runs to the end.
 */
final class CsvReader {

    private static final char QUOTE = '"';

    private final String text;
    private final char delimiter;
    private int position;
    private int line = 1;

    CsvReader(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /** Comma, semicolon or tab: whichever occurs most outside quotes on the first non-empty line. */
    static char detectDelimiter(String text) {
        String header = text.lines().filter(CsvReader::hasContent).findFirst().orElse("");
        return pick(countOutsideQuotes(header, ','), countOutsideQuotes(header, ';'),
                countOutsideQuotes(header, '\t'));
    }

    private static boolean hasContent(String line) {
        return line.chars().anyMatch(c -> !Character.isWhitespace(c) && c != ',' && c != ';');
    }

    private static int countOutsideQuotes(String line, char wanted) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            quoted ^= c == QUOTE;
            if (!quoted && c == wanted) {
                count++;
            }
        }
        return count;
    }

    private static char pick(int commas, int semicolons, int tabs) {
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    /** The next record, or {@code null} at the end of the text. */
    CsvRecord next() {
        if (position >= text.length()) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (quoted) {
                quoted = quotedChar(c, field);
            } else if (c == QUOTE && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                lineBreak(c);
                break;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return new CsvRecord(startLine, fields);
    }

    /** Handles one character inside quotes; returns whether we are still inside quotes. */
    private boolean quotedChar(char c, StringBuilder field) {
        if (c == QUOTE) {
            if (position < text.length() && text.charAt(position) == QUOTE) {
                position++;
                field.append(QUOTE);
                return true;
            }
            return false;
        }
        if (c == '\n' || c == '\r') {
            lineBreak(c);
            field.append('\n');
        } else {
            field.append(c);
        }
        return true;
    }

    private void lineBreak(char c) {
        if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
        line++;
    }
}
