package nl.voordeur.address;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Where each known column sits in the file, as found in the header record. */
final class Columns {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private final Map<Column, Integer> index;
    private final int requiredWidth;

    private Columns(Map<Column, Integer> index) {
        this.index = index;
        this.requiredWidth = index.entrySet().stream().filter(e -> e.getKey().required())
                .mapToInt(e -> e.getValue() + 1).max().orElse(0);
    }

    /** Maps header cells to columns; unknown cells are ignored, the first of duplicate names wins. */
    static Columns fromHeader(CsvRecord header) {
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            Column column = Column.forHeader(header.field(i));
            if (column != null) {
                index.putIfAbsent(column, i);
            }
        }
        return new Columns(index);
    }

    List<Column> missingRequired() {
        return Arrays.stream(Column.values()).filter(c -> c.required() && !index.containsKey(c)).toList();
    }

    /** The number of fields a record needs to reach every required column. */
    int requiredWidth() {
        return requiredWidth;
    }

    /** The field's value with whitespace runs collapsed to one space and trimmed; "" if absent. */
    String value(CsvRecord record, Column column) {
        Integer position = index.get(column);
        return position == null ? "" : clean(record.field(position));
    }

    static String clean(String value) {
        return isClean(value) ? value : WHITESPACE.matcher(value).replaceAll(" ").strip();
    }

    /** Fast path: no leading or trailing space, no whitespace but single inner spaces. */
    private static boolean isClean(String value) {
        int last = value.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = value.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == last || value.charAt(i + 1) == ' ') return false;
            } else if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }
}
