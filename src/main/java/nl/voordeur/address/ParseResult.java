package nl.voordeur.address;

import java.util.List;

/**
 * Outcome of parsing one address file. Either the whole file is rejected ({@link #fileProblem()} is
 * set and nothing else is reported) or every non-empty data line ends up in {@link #rows()} (valid,
 * in file order) or in {@link #problems()} (invalid, one or more entries per line).
 *
 * @param dataLines number of non-empty data records, header and blank lines excluded
 * @param valid     number of valid rows; when the rows were streamed to a sink, {@link #rows()} is empty
 * @param ownerUnknown number of valid rows marked as corporation dwellings whose corporation is not known
 *                  (a plain "ja" in a programme without exactly one corporation partner)
 */
record ParseResult(FileProblem fileProblem, List<AddressRow> rows, List<RowProblem> problems, int dataLines,
                   int valid, int ownerUnknown) {

    ParseResult {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    ParseResult(FileProblem fileProblem, List<AddressRow> rows, List<RowProblem> problems, int dataLines) {
        this(fileProblem, rows, problems, dataLines, rows.size(), 0);
    }

    static ParseResult rejected(FileProblem problem) {
        return new ParseResult(problem, List.of(), List.of(), 0);
    }

    boolean rejected() {
        return fileProblem != null;
    }
}
