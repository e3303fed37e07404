package org.itascore.cohort;
import static java.util.Objects.requireNonNull;

import org.itascore.Decimals;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Rational;

/**
 * A pass-rate target: the share of offices that should reach the pass mark, the national target being 80%.
 *
 * <p>One text form, a percentage as people write it: {@code 80}, {@code 80%}, {@code 82.5%}, {@code ๘๐}, from 0 to
 * 100. A number strictly between 0 and 1 written without {@code %} is refused as ambiguous: {@code 0.8} may mean
 * 80% (a share) or 0.8% (a percentage), and a silently wrong target is worse than a question. {@link #toString()}
 * writes the percentage with its sign, which {@link #parse} reads back. Problems are located at {@code passRate}.
 *
 * <pre>{@code
 * PassRate.parse("80%").share();   // 4/5
 * PassRate.parse("80").equals(PassRate.DEFAULT);   // true
 * PassRate.parse("150");           // refused: passRate.range
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when the shares are equal, ordered by share.
 */
public final class PassRate implements Comparable<PassRate> {

    /** The national target: 80% of offices at or above the pass mark. */
    public static final PassRate DEFAULT = new PassRate(Rational.of(4, 5));

    /** Where a pass rate's problems are located: the request's field {@code passRate}. */
    public static final Location FIELD = Location.of("passRate");

    private final Rational share;

    private PassRate(Rational share) {
        this.share = share;
    }

    /**
     * Returns the target of a share of offices.
     *
     * @param share the share, from 0 to 1
     * @return the target
     * @throws InvalidInputException if the share is outside [0, 1] ({@code passRate.range})
     */
    public static PassRate ofShare(Rational share) {
        requireNonNull(share, "share");
        if (share.signum() < 0 || share.compareTo(Rational.ONE) > 0) {
            throw InvalidInputException.of(FIELD, share.times(Rational.HUNDRED).toExactString() + "%", Message.of("passRate.range"));
        }
        return new PassRate(share);
    }

    /**
     * Reads a percentage as people write it: {@code 80}, {@code 80%}, {@code 82.5 %}, with ASCII or Thai digits.
     *
     * @param text the percentage
     * @return the target
     * @throws InvalidInputException naming the text as given, at {@code passRate}: not a number
     *     ({@code passRate.format}), outside 0 to 100 ({@code passRate.range}), or between 0 and 1 without a sign
     *     ({@code passRate.ambiguous})
     */
    public static PassRate parse(CharSequence text) {
        requireNonNull(text, "text");
        String given = text.toString();
        String number = given.strip();
        boolean percentSign = number.endsWith("%");
        if (percentSign) {
            number = number.substring(0, number.length() - 1).strip();
        }
        Rational percent;
        try {
            percent = Decimals.parse(number, Message.of("passRate.format"));
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(FIELD, given, Message.of("passRate.format"));
        }
        if (percent.signum() < 0 || percent.compareTo(Rational.HUNDRED) > 0) {
            throw InvalidInputException.of(FIELD, given, Message.of("passRate.range"));
        }
        if (!percentSign && percent.signum() > 0 && percent.compareTo(Rational.ONE) < 0) {
            throw InvalidInputException.of(FIELD, given, Message.of("passRate.ambiguous", number,
                    percent.times(Rational.HUNDRED).toExactString()));
        }
        return new PassRate(percent.dividedBy(Rational.HUNDRED));
    }

    /** {@return the share of offices, from 0 to 1} */
    public Rational share() {
        return share;
    }

    /** {@return the percentage, from 0 to 100} */
    public Rational percent() {
        return share.times(Rational.HUNDRED);
    }

    @Override
    public int compareTo(PassRate other) {
        return share.compareTo(other.share);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PassRate other && share.equals(other.share);
    }

    @Override
    public int hashCode() {
        return share.hashCode();
    }

    /** {@return the percentage with its sign, as {@link #parse} reads it: {@code 80%}, {@code 82.5%}, {@code 200/3%}} */
    @Override
    public String toString() {
        return percent().toExactString() + "%";
    }
}
