package nl.hulproute.platform;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * An id in a path or a query is a plain decimal number: {@code 100}, not {@code 0x64}, {@code +100}, {@code 0100}, {@code %20100}
 * or {@code 1e2}. Spring's own conversion reads hexadecimal, octal, a sign and surrounding spaces, so several
 * addresses would name one record. Anything else is a {@code 400 request.invalid} (TypeMismatch), the same on every
 * path. A minus sign stays readable, so that {@code -1} is refused by validation with its own reason.
 *
 * <p>A property editor, not a converter: when a converter refuses, the data binder falls back to its lenient
 * default editors, whereas a custom editor is the last word.
 */
@ControllerAdvice
class PlainDecimalIds {

    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)");

    @InitBinder
    void plainDecimalNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new PlainDecimal<>(Long::valueOf, false));
        binder.registerCustomEditor(Long.class, new PlainDecimal<>(Long::valueOf, true));
        binder.registerCustomEditor(int.class, new PlainDecimal<>(Integer::valueOf, false));
        binder.registerCustomEditor(Integer.class, new PlainDecimal<>(Integer::valueOf, true));
    }

    private static final class PlainDecimal<T extends Number> extends PropertyEditorSupport {
        private final Function<String, T> parse;
        private final boolean emptyIsAbsent;

        PlainDecimal(Function<String, T> parse, boolean emptyIsAbsent) {
            this.parse = parse;
            this.emptyIsAbsent = emptyIsAbsent;
        }

        @Override
        public void setAsText(String text) {
            if (text.isEmpty() && emptyIsAbsent) {
                setValue(null);
            } else if (DECIMAL.matcher(text).matches()) {
                setValue(parse.apply(text)); // too large: NumberFormatException, a type mismatch as well
            } else {
                throw new IllegalArgumentException("not a plain decimal number");
            }
        }
    }
}
