package nl.voordeur.address;

import java.util.List;

/**
 * A reason to skip one data record.
 *
 * @param line   physical, 1-based line where the record starts (the header is line 1)
 * @param column Dutch column name ({@code postcode}, {@code huisnummer}, ...), or {@code null} when the
 *               problem concerns the whole line (wrong field count, duplicate)
 */
record RowProblem(int line, String column, String messageKey, List<Object> args) {

    RowProblem {
        args = List.copyOf(args);
    }

    static RowProblem of(int line, String column, String messageKey, Object... args) {
        return new RowProblem(line, column, messageKey, List.of(args));
    }
}
