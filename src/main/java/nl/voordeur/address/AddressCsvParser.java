package nl.voordeur.address;

import static nl.voordeur.address.MessageKeys.DUPLICATE_IN_FILE;
import static nl.voordeur.address.MessageKeys.EMPTY;
import static nl.voordeur.address.MessageKeys.MISSING_COLUMNS;
import static nl.voordeur.address.MessageKeys.NOT_CSV;
import static nl.voordeur.address.MessageKeys.TOO_LARGE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads an address list from CSV bytes: a header row naming the columns (Dutch BAG names or English),
 * then one address per line. Never throws for bad content: a file that cannot be read at all yields a
 * {@link FileProblem}, a bad line yields {@link RowProblem}s and the remaining lines are still read.
 * Instances hold no state besides the size limit, so one parser may be shared between threads.
 */
final class AddressCsvParser {

    private final long maxBytes;

    AddressCsvParser(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    ParseResult parse(byte[] content) {
        return parse(content, Corporations.NONE, null);
    }

    /**
     * Parses and hands every valid row to {@code sink} as it is read, in file order, without keeping
     * the rows ({@link ParseResult#rows()} stays empty); with a {@code null} sink the rows are kept.
     * The {@code corporatie} column may name one of {@code corporations}.
     */
    ParseResult parse(byte[] content, Corporations corporations, Consumer<AddressRow> sink) {
        byte[] bytes = content == null ? new byte[0] : content;
        if (bytes.length > maxBytes) {
            return ParseResult.rejected(FileProblem.of(TOO_LARGE, maxBytes));
        }
        if (BinarySniffer.looksBinary(bytes)) {
            return ParseResult.rejected(FileProblem.of(NOT_CSV));
        }
        String text = TextDecoding.decode(bytes);
        if (text.isBlank()) {
            return ParseResult.rejected(FileProblem.of(EMPTY));
        }
        return parseText(new CsvReader(text, CsvReader.detectDelimiter(text)), corporations, sink);
    }

    private static ParseResult parseText(CsvReader reader, Corporations corporations, Consumer<AddressRow> sink) {
        CsvRecord header = nextNonBlank(reader);
        if (header == null) {
            return ParseResult.rejected(FileProblem.of(EMPTY));
        }
        Columns columns = Columns.fromHeader(header);
        List<Column> missing = columns.missingRequired();
        if (!missing.isEmpty()) {
            String names = missing.stream().map(Column::dutchName).collect(Collectors.joining(", "));
            return ParseResult.rejected(FileProblem.of(MISSING_COLUMNS, names));
        }
        return parseRows(reader, columns, corporations, sink);
    }

    private static ParseResult parseRows(CsvReader reader, Columns columns, Corporations corporations,
                                         Consumer<AddressRow> sink) {
        List<AddressRow> rows = new ArrayList<>();
        Consumer<AddressRow> target = sink == null ? rows::add : sink;
        int valid = 0;
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineByKey = new HashMap<>();
        int dataLines = 0;
        int ownerUnknown = 0;
        for (CsvRecord record = nextNonBlank(reader); record != null; record = nextNonBlank(reader)) {
            dataLines++;
            RowCheck check = new RowCheck(record, columns, corporations);
            AddressRow row = check.toRow();
            if (row == null) {
                problems.addAll(check.problems());
                continue;
            }
            Integer firstLine = firstLineByKey.putIfAbsent(row.key(), row.line());
            if (firstLine == null) {
                valid++;
                if (Boolean.TRUE.equals(row.corporationOwned()) && row.owner(corporations.sole()) == null) ownerUnknown++;
                target.accept(row);
            } else {
                problems.add(RowProblem.of(row.line(), null, DUPLICATE_IN_FILE, firstLine));
            }
        }
        if (dataLines == 0) {
            return ParseResult.rejected(FileProblem.of(EMPTY));
        }
        return new ParseResult(null, rows, problems, dataLines, valid, ownerUnknown);
    }

    private static CsvRecord nextNonBlank(CsvReader reader) {
        CsvRecord record = reader.next();
        while (record != null && record.isBlank()) {
            record = reader.next();
        }
        return record;
    }
}
