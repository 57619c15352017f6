package nl.voordeur.address;

import java.util.List;

/**
 * One CSV record: its fields, unquoted, and the physical line (1-based) where it starts.
 */
record CsvRecord(int line, List<String> fields) {

    int size() {
        return fields.size();
    }

    /** The field at {@code index}, or "" when the record is shorter. */
    String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    /** True for lines with only whitespace and/or delimiters. */
    boolean isBlank() {
        for (String field : fields) {
            if (!field.isBlank()) return false;
        }
        return true;
    }
}
