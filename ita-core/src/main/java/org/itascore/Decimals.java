package org.itascore;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of every number the library reads as text: scores, weights, exact numbers, targets,
 * answer-scale points, and numbers written as JSON strings.
 *
 * <pre>
 * number   = [sign] (decimal | fraction)
 * decimal  = digits ["." [digits]] | "." digits        for example 96.61, 85, 85., .5
 * fraction = digits "/" digits                         for example 200/3 (the denominator is not zero)
 * digits   = one or more of 0-9 or the Thai digits ๐-๙
 * </pre>
 *
 * <p>White space around the number is ignored. A number has at most {@value #MAX_LENGTH} characters, so no
 * text can make the arithmetic slow; exponents ({@code 1e5}), thousands separators, {@code NaN} and
 * infinities are refused. A decimal read from elsewhere (a JSON number) is held to the same bound with
 * {@link #checkScale}: at most {@value #MAX_SCALE} decimal places and no more than {@value #MAX_SCALE}
 * digits before the point.
 */
public final class Decimals {

    /** The most characters a number is written with. */
    public static final int MAX_LENGTH = 64;
    /** The most decimal places (and the largest power of ten) a decimal may have. */
    public static final int MAX_SCALE = 64;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern FRACTION = Pattern.compile("([+-]?[0-9]+)/([0-9]+)");

    private Decimals() {
    }

    /**
     * Reads a number of the grammar.
     *
     * @param text the text
     * @param rule what the number is, for the message when the text is not a number, for example
     *     {@code Message.of("score.format")}
     * @return the exact value
     * @throws InvalidInputException if the text is not a number of the grammar, naming the value and the rule
     */
    public static Rational parse(CharSequence text, Message rule) {
        requireNonNull(text, "text");
        requireNonNull(rule, "rule");
        String original = text.toString();
        String ascii = toAscii(original.strip());
        if (ascii.length() > MAX_LENGTH) {
            throw InvalidInputException.of(ProblemKind.LIMIT, Location.ROOT, original.substring(0, 20) + "...",
                    Message.of("number.length", MAX_LENGTH));
        }
        if (DECIMAL.matcher(ascii).matches()) {
            return Rational.of(new BigDecimal(ascii.endsWith(".") ? ascii + "0" : ascii));
        }
        Matcher fraction = FRACTION.matcher(ascii);
        if (fraction.matches()) {
            BigInteger denominator = new BigInteger(fraction.group(2));
            if (denominator.signum() == 0) {
                throw InvalidInputException.of(Location.ROOT, original, Message.of("fraction.denominatorZero"));
            }
            return Rational.of(new BigInteger(fraction.group(1)), denominator);
        }
        String lower = ascii.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nan")) {
            throw InvalidInputException.of(Location.ROOT, original, Message.of("number.nan", rule));
        }
        if (lower.contains("inf")) {
            throw InvalidInputException.of(Location.ROOT, original, Message.of("number.infinite", rule));
        }
        throw InvalidInputException.of(Location.ROOT, original, rule);
    }

    /**
     * Checks that a decimal read from elsewhere stays within the bounds of the grammar, before any
     * arithmetic on it.
     *
     * @param value the decimal
     * @return the value
     * @throws InvalidInputException if it has more than {@value #MAX_SCALE} decimal places or is a multiple of
     *     a power of ten above {@value #MAX_SCALE}
     */
    public static BigDecimal checkScale(BigDecimal value) {
        requireNonNull(value, "value");
        if (value.signum() == 0) {
            return value;
        }
        // scale() is the number of decimal places; a large negative scale is a huge power of ten
        long places = value.scale();
        long magnitude = (long) value.precision() - value.scale();
        if (places > MAX_SCALE) {
            throw InvalidInputException.of(ProblemKind.LIMIT, Location.ROOT, shortForm(value),
                    Message.of("number.places", MAX_SCALE));
        }
        if (magnitude > MAX_SCALE) {
            throw InvalidInputException.of(ProblemKind.LIMIT, Location.ROOT, shortForm(value),
                    Message.of("number.magnitude", MAX_SCALE));
        }
        return value;
    }

    /** {@return the value in scientific notation, which stays short whatever the exponent} */
    private static String shortForm(BigDecimal value) {
        return value.toString();
    }

    /**
     * {@return the text with Thai digits (๐ to ๙) replaced by ASCII digits; every other character kept}
     *
     * @param text the text
     */
    public static String toAscii(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0E50' && c <= '\u0E59') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + (c - '\u0E50')));
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@return whether a text is ASCII digits only, from {@code min} to {@code max} of them}: what the
     * patterns {@code [0-9]{min,max}} say, without a regular expression on the reading path
     */
    static boolean isDigits(String text, int min, int max) {
        int n = text.length();
        if (n < min || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
