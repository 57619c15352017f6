package nl.voordeur.config.web;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import nl.voordeur.shared.PlausibleDates;

/**
 * Dates and moments in request parameters and form fields: ISO ({@code 2026-12-04},
 * {@code 2026-12-04T10:15:30Z}) and within {@link PlausibleDates}; anything else is a type mismatch
 * that names the parameter (400, or a field error on a form). JSON bodies: see {@link JsonInput}.
 */
@Configuration(proxyBeanMethods = false)
class DateParameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Dates());
        registry.addFormatterForFieldType(Instant.class, new Moments());
    }

    static final class Dates implements Formatter<LocalDate> {
        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            try {
                LocalDate date = LocalDate.parse(text.strip());
                if (PlausibleDates.contains(date)) return date;
            } catch (DateTimeParseException e) {
                // refused below
            }
            throw new ParseException("not a date between " + PlausibleDates.FIRST_YEAR + " and " + PlausibleDates.LAST_YEAR, 0);
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return date.toString();
        }
    }

    static final class Moments implements Formatter<Instant> {
        @Override
        public Instant parse(String text, Locale locale) throws ParseException {
            try {
                Instant moment = Instant.parse(text.strip());
                if (PlausibleDates.contains(moment)) return moment;
            } catch (DateTimeParseException e) {
                // refused below
            }
            throw new ParseException("not a moment between " + PlausibleDates.FIRST_YEAR + " and " + PlausibleDates.LAST_YEAR, 0);
        }

        @Override
        public String print(Instant moment, Locale locale) {
            return moment.toString();
        }
    }
}
