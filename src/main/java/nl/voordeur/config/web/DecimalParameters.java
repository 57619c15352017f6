package nl.voordeur.config.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in request parameters and form fields are plain decimals. Spring's own parsing
 * also reads {@code 0x10} and {@code #10} as hexadecimal, so {@code size=0x10} would quietly mean
 * 16; here it is a type mismatch and the caller gets 400. Surrounding spaces are ignored and an
 * empty value means "not given", as before. (A converter would not do: when a converter refuses a
 * value, Spring falls back to its default editors, which accept hexadecimal.)
 */
@ControllerAdvice
class DecimalParameters {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+");

    @InitBinder
    void decimalsOnly(WebDataBinder binder) {
        binder.registerCustomEditor(Integer.class, new Decimal(Integer::valueOf, true));
        binder.registerCustomEditor(int.class, new Decimal(Integer::valueOf, false));
        binder.registerCustomEditor(Long.class, new Decimal(Long::valueOf, true));
        binder.registerCustomEditor(long.class, new Decimal(Long::valueOf, false));
    }

    private static final class Decimal extends PropertyEditorSupport {

        private final Function<String, Number> valueOf;
        private final boolean mayBeEmpty;

        Decimal(Function<String, Number> valueOf, boolean mayBeEmpty) {
            this.valueOf = valueOf;
            this.mayBeEmpty = mayBeEmpty;
        }

        @Override
        public void setAsText(String text) {
            String trimmed = text == null ? "" : text.strip();
            if (trimmed.isEmpty() && mayBeEmpty) {
                setValue(null);
                return;
            }
            if (!DECIMAL.matcher(trimmed).matches()) throw new IllegalArgumentException("not a decimal number");
            setValue(valueOf.apply(trimmed)); // out of range: NumberFormatException, an IllegalArgumentException too
        }
    }
}
