package org.itascore.plan;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.itascore.Decimals;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;

/**
 * An amount of money in baht, such as an activity's budget: at most two decimals (satang), below a thousand
 * trillion baht, written as people write it: {@code 5000}, {@code 5000.50}, {@code 5,000}, {@code ๕,๐๐๐}. A negative
 * amount is read as written; whether it makes sense is the plan check's to say ({@link PlanCoverage}).
 * {@link #toString()} is the plain decimal, which {@link #parse} reads back.
 *
 * <p>Problems are located at {@code budget} with the code {@code baht.format}. Immutable and thread-safe; equal when
 * the amounts are equal whatever their scale ({@code 5000} and {@code 5000.00}).
 */
public final class Baht implements Comparable<Baht> {

    /** Where an amount's problems are located. */
    public static final Location FIELD = Location.of("budget");

    private static final Pattern WRITTEN = Pattern.compile("-?([0-9]{1,3}(,[0-9]{3})*|[0-9]+)(\\.[0-9]{1,2})?");
    private static final BigDecimal LIMIT = new BigDecimal("1e15");

    private final BigDecimal amount;

    private Baht(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * Reads an amount as people write it.
     *
     * @param text the amount, with ASCII or Thai digits, thousands separated by commas or not
     * @return the amount
     * @throws InvalidInputException if the text is not such an amount ({@code baht.format}, at {@code budget})
     */
    public static Baht parse(CharSequence text) {
        requireNonNull(text, "text");
        String ascii = Decimals.toAscii(text.toString().strip());
        if (!WRITTEN.matcher(ascii).matches()) {
            throw InvalidInputException.of(FIELD, text.toString(), Message.of("baht.format"));
        }
        return of(new BigDecimal(ascii.replace(",", "")));
    }

    /**
     * Returns an amount given as a number (a JSON number).
     *
     * @param amount the amount
     * @return the amount
     * @throws InvalidInputException if it has more than two decimals or is a thousand trillion baht or more
     *     ({@code baht.format}, at {@code budget})
     */
    public static Baht of(BigDecimal amount) {
        requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2 || amount.abs().compareTo(LIMIT) >= 0) {
            throw InvalidInputException.of(FIELD, amount.toPlainString(), Message.of("baht.format"));
        }
        return new Baht(amount);
    }

    /** {@return the amount, as given} */
    public BigDecimal amount() {
        return amount;
    }

    @Override
    public int compareTo(Baht other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Baht other && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    /** {@return the plain decimal, as {@link #parse} reads it back: {@code 5000.50}} */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
