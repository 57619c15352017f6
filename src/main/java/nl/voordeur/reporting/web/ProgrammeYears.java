package nl.voordeur.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The years a programme ran, to choose a report from: a programme of 2018–2019 is reported on for
 * 2018, 2019 or its whole period, not for the current year. The last complete year is the latest
 * year that ended before today, or the end year of a programme that is over.
 */
record ProgrammeYears(List<Integer> all, Integer lastComplete) {

    static ProgrammeYears of(LocalDate start, LocalDate end, LocalDate today) {
        if (start == null) return new ProgrammeYears(List.of(today.getYear()), null);
        int first = start.getYear();
        int last = Math.max(first, Math.min(end == null ? today.getYear() : end.getYear(), today.getYear()));
        List<Integer> all = IntStream.rangeClosed(first, last).boxed().toList();
        Integer complete = null;
        for (int y = last; y >= first; y--) {
            boolean over = y < today.getYear() || (end != null && !end.isAfter(today) && y == end.getYear());
            if (over) {
                complete = y;
                break;
            }
        }
        return new ProgrammeYears(all, complete);
    }
}
