package nl.voordeur.neighbourhood;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.PlausibleDates;

/**
 * Reads yearly indicator values from CSV: {@code indicator;year;value;source}, semicolon-separated,
 * an optional header row, a decimal comma or point. Pure: it only names the problems, each with
 * its line (counted from 1, the header included) and field, so nothing is saved from a bad file.
 */
final class IndicatorCsv {

    /** One good line: the indicator (as named in the file), and its value in a year. */
    record Row(int line, String indicator, YearValue value) {
    }

    private static final List<String> FIELDS = List.of("indicator", "year", "value", "source");

    private IndicatorCsv() {
    }

    /** The rows of the file, or every problem at once; {@code known} maps lower-case names to the programme's indicators. */
    static List<Row> read(String text, Map<String, ?> known) {
        List<Row> rows = new ArrayList<>();
        List<DomainRuleViolated> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank() || (rows.isEmpty() && problems.isEmpty() && header(lines[i]))) continue;
            List<String> fields = fields(lines[i]);
            if (fields.size() != FIELDS.size()) {
                problems.add(problem(line, "line", "indicator.import.columns", fields.size()));
                continue;
            }
            Row row = row(line, fields, known, problems);
            if (row != null && !seen.add(row.indicator().toLowerCase() + "|" + row.value().year())) {
                problems.add(problem(line, "year", "indicator.import.twice", row.indicator(), row.value().year()));
            } else if (row != null) {
                rows.add(row);
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) problems.add(new DomainRuleViolated("indicator.import.empty", "file"));
        DomainRuleViolated.throwAll(problems);
        return rows;
    }

    private static Row row(int line, List<String> f, Map<String, ?> known, List<DomainRuleViolated> problems) {
        int before = problems.size();
        String name = f.get(0);
        if (!known.containsKey(name.toLowerCase())) problems.add(problem(line, "indicator", "indicator.import.unknown", name));
        Integer year = year(f.get(1));
        if (year == null) problems.add(problem(line, "year", "indicator.import.year", f.get(1)));
        BigDecimal value = number(f.get(2));
        if (value == null) problems.add(problem(line, "value", "indicator.import.value", f.get(2)));
        String source = f.get(3);
        if (source.isEmpty()) problems.add(problem(line, "source", "indicator.import.source"));
        else if (source.length() > 200) problems.add(problem(line, "source", "indicator.import.sourceTooLong"));
        return problems.size() > before ? null : new Row(line, name, new YearValue(year, value, source));
    }

    /** The problem as the API names it ({@code lines[3].value}) with the line and field in the message. */
    private static DomainRuleViolated problem(int line, String field, String key, Object... details) {
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = line;
        System.arraycopy(details, 0, arguments, 1, details.length);
        return new DomainRuleViolated(key, "lines[" + line + "]." + field, arguments);
    }

    private static boolean header(String line) {
        List<String> fields = fields(line);
        return !fields.isEmpty() && (fields.getFirst().equalsIgnoreCase("indicator") || fields.getFirst().equalsIgnoreCase("indicatornaam"));
    }

    /** Semicolon-separated fields, each trimmed and freed of surrounding double quotes. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        for (String field : line.split(";", -1)) {
            String f = field.strip();
            if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) f = f.substring(1, f.length() - 1).replace("\"\"", "\"").strip();
            fields.add(f);
        }
        while (fields.size() > FIELDS.size() && fields.getLast().isEmpty()) fields.removeLast(); // a trailing ";"
        return fields;
    }

    private static Integer year(String text) {
        if (!text.matches("\\d{4}")) return null;
        int year = Integer.parseInt(text);
        return PlausibleDates.contains(year) ? year : null;
    }

    /** "12,5", "12.5", "-3" or "1200"; no thousands separators, at most three decimals. */
    private static BigDecimal number(String text) {
        if (!text.matches("-?\\d{1,12}([.,]\\d{1,3})?")) return null;
        return new BigDecimal(text.replace(',', '.'));
    }
}
