package org.itascore.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.itascore.FiscalYear;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import org.itascore.Score;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;

/**
 * The reading steps shared by every deserializer of the module. Every refusal goes through the
 * {@link DeserializationContext}, and the path of the offending value is prepended as the exception
 * travels out, so that {@link JsonPointers#of} can name it.
 */
final class Reading {

    private Reading() {
    }

    /** A step that reads one value and may throw a Jackson exception. */
    @FunctionalInterface
    interface Step<T> {
        T read() throws JacksonException;
    }

    /**
     * Runs a step, and on failure prepends a property name to the exception's path.
     */
    static <T> T at(Object from, String property, Step<T> step) {
        try {
            return step.read();
        } catch (JacksonException e) {
            throw e.prependPath(from, property);
        }
    }

    /**
     * Runs a step, and on failure prepends an array index to the exception's path.
     */
    static <T> T at(Object from, int index, Step<T> step) {
        try {
            return step.read();
        } catch (JacksonException e) {
            throw e.prependPath(from, index);
        }
    }

    /** Requires the current token to start an object. */
    static void expectObject(JsonParser p, DeserializationContext ctxt, Class<?> type, Message what) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(p, Message.of("json.object", what));
        }
    }

    /** Requires the current token to start an array. */
    static void expectArray(JsonParser p, DeserializationContext ctxt, Class<?> type, Message what) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            wrongType(p, Message.of("json.array", what));
        }
    }

    /** Reports a value that breaks a rule; the message names the value and the rule. */
    static <T> T refuse(DeserializationContext ctxt, Class<?> type, String value, Message rule) {
        throw problem(ctxt.getParser(), new Problem(Location.ROOT, value, rule));
    }

    /** Reports a value that breaks a rule, of a given kind. */
    static <T> T refuse(DeserializationContext ctxt, ProblemKind kind, String value, Message rule) {
        throw problem(ctxt.getParser(), new Problem(kind, Location.ROOT, value, rule));
    }

    /** Reports a required field that is missing, with the field in the location. */
    static <T> T missing(DeserializationContext ctxt, Class<?> type, String field, Message rule) {
        throw problem(ctxt.getParser(), new Problem(ProblemKind.MISSING, Location.of(field), null, rule));
    }

    /**
     * Reports every problem of a core validation, each at its own location under the value being read.
     */
    static <T> T refuse(DeserializationContext ctxt, Class<?> type, InvalidInputException e) {
        throw new ProblemsException(ctxt.getParser(), e.problems(), e.omitted());
    }

    private static ProblemsException problem(JsonParser p, Problem problem) {
        return new ProblemsException(p, List.of(problem), 0);
    }

    /** Refuses the current token as of the wrong type: {@code rule, not a number}. */
    private static <T> T wrongType(JsonParser p, Message rule) {
        JsonToken t = p.currentToken();
        String value = t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL ? p.getString() : null;
        throw problem(p, new Problem(ProblemKind.TYPE, Location.ROOT, value, Message.of("json.wrongType", rule, describe(t))));
    }

    /**
     * Reads a string and converts it with a parser of ita-core, turning its refusal into a Jackson one.
     */
    static <T> T parsed(JsonParser p, DeserializationContext ctxt, Class<T> type, Message what,
            java.util.function.Function<String, T> parser) {
        return converted(ctxt, type, string(p, ctxt, type, what), parser);
    }

    /**
     * Converts a text (a string value or a property name) with a parser of ita-core. The parser's problems
     * are about this one value, so they are located at the value, wherever the parser would put them.
     */
    static <T> T converted(DeserializationContext ctxt, Class<T> type, String text,
            java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (InvalidInputException e) {
            return refuse(ctxt, type, atTheValue(e));
        }
    }

    /** {@return the problems of a parser of one value, each located at that value} */
    static InvalidInputException atTheValue(InvalidInputException e) {
        return e.at(Location.ROOT);
    }

    /**
     * {@return a refusal of the current field's value, each problem at the value, or inside it where the core located
     * it under the field's name ({@code grades[3]} becomes the value's element 3)}
     *
     * @param e the core's refusal
     * @param field the name the core locates the value's problems under
     */
    static InvalidInputException insideTheValue(InvalidInputException e, String field) {
        List<org.itascore.Problem> out = new ArrayList<>();
        for (org.itascore.Problem problem : e.problems()) {
            List<Location.Segment> s = problem.location().segments();
            boolean under = !s.isEmpty() && s.get(0) instanceof Location.Property name && name.name().equals(field);
            out.add(problem.at(under ? Location.of(s.subList(1, s.size())) : Location.ROOT));
        }
        return new InvalidInputException(out, e.omitted());
    }

    /** Reads a text in both languages: {@code {"th": ..., "en": ...}}, both required. */
    static org.itascore.Bilingual bilingual(JsonParser p, DeserializationContext ctxt, ValueDeserializer<?> deserializer) {
        expectObject(p, ctxt, org.itascore.Bilingual.class, Message.of("term.bilingual"));
        String[] th = {null};
        String[] en = {null};
        fields(p, ctxt, deserializer, org.itascore.Bilingual.class, name -> {
            switch (name) {
                case "th" -> th[0] = string(p, ctxt, org.itascore.Bilingual.class, Message.of("term.thaiText"));
                case "en" -> en[0] = string(p, ctxt, org.itascore.Bilingual.class, Message.of("term.englishText"));
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (th[0] == null || th[0].isBlank()) {
            return missing(ctxt, org.itascore.Bilingual.class, "th", Message.of("json.textThaiForm"));
        }
        if (en[0] == null || en[0].isBlank()) {
            return missing(ctxt, org.itascore.Bilingual.class, "en", Message.of("json.textEnglishForm"));
        }
        return org.itascore.Bilingual.of(th[0], en[0]);
    }

    /** Refuses a required field left out. */
    static void require(DeserializationContext ctxt, Class<?> type, String field, Object value) {
        if (value == null) {
            missing(ctxt, type, field, Message.of("json.required"));
        }
    }

    /** Reads a string value, which must be Unicode text: a lone surrogate (half a character) is refused. */
    static String string(JsonParser p, DeserializationContext ctxt, Class<?> type, Message what) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return handleUnexpected(p, ctxt, type, Message.of("json.string", what));
        }
        String text = p.getString();
        String half = halfCharacter(text);
        return half == null ? text : refuse(ctxt, type, half, Message.of("json.loneSurrogate"));
    }

    /**
     * {@return the first half of a character a text holds alone (a surrogate without its pair, which JSON's
     * {@code \\uD800} escape can write and no encoding can), as its escape, or null when the text is whole}
     */
    static String halfCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("\\u%04X", (int) c);
            }
        }
        return null;
    }

    /** Reads a boolean value. */
    static boolean bool(JsonParser p, DeserializationContext ctxt, Class<?> type, Message what) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            return handleUnexpected(p, ctxt, type, Message.of("json.boolean", what));
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** Reads a whole number. */
    static int integer(JsonParser p, DeserializationContext ctxt, Class<?> type, Message what, int min, int max) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return handleUnexpected(p, ctxt, type, Message.of("json.wholeNumber", what));
        }
        BigDecimal value = number(p, ctxt);
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return refuse(ctxt, type, value.toPlainString(), Message.of("json.range", what, min, max));
        }
        return value.intValueExact();
    }

    private static <T> T handleUnexpected(JsonParser p, DeserializationContext ctxt, Class<?> type, Message rule) {
        return wrongType(p, rule);
    }

    /**
     * Reads the current JSON number exactly, refusing one whose exponent is beyond what a decimal can hold
     * ({@code 1e-9999999999}). The value is not bounded further: see {@link #decimal}.
     */
    static BigDecimal number(JsonParser p, DeserializationContext ctxt) {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            return refuse(ctxt, ProblemKind.LIMIT, shortText(p), Message.of("json.exponent", org.itascore.Decimals.MAX_SCALE));
        }
    }

    /**
     * Reads the current JSON number exactly, bounded as the library's number grammar bounds numbers
     * ({@link org.itascore.Decimals#checkScale}) before any arithmetic on it.
     */
    static BigDecimal decimal(JsonParser p, DeserializationContext ctxt) {
        BigDecimal value = number(p, ctxt);
        try {
            return org.itascore.Decimals.checkScale(value);
        } catch (InvalidInputException e) {
            return refuse(ctxt, BigDecimal.class, atTheValue(e));
        }
    }

    /** {@return the current token's text, cut to 40 characters for a message} */
    private static String shortText(JsonParser p) {
        String text = p.getString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /**
     * Reads a score: a JSON number or a string of ASCII or Thai digits. Objects, arrays, booleans and null
     * are refused, and so is any value outside [0, 100].
     */
    static Score score(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal value = number(p, ctxt);
            try {
                return Score.of(value);
            } catch (InvalidInputException e) {
                return refuse(ctxt, Score.class, p.getString(), e.problems().get(0).message());
            }
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getString();
            try {
                return Score.parse(text);
            } catch (InvalidInputException e) {
                return refuse(ctxt, Score.class, atTheValue(e));
            }
        }
        return handleUnexpected(p, ctxt, Score.class,
                Message.of("json.scoreType"));
    }

    /** Reads a fiscal year: a whole number or a string of digits, in the Buddhist Era. */
    static FiscalYear fiscalYear(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        String text;
        if (t == JsonToken.VALUE_NUMBER_INT) {
            text = decimal(p, ctxt).toPlainString();
        } else if (t == JsonToken.VALUE_STRING) {
            text = p.getString();
        } else {
            return handleUnexpected(p, ctxt, FiscalYear.class,
                    Message.of("json.fiscalYearType"));
        }
        try {
            return FiscalYear.parse(text);
        } catch (InvalidInputException e) {
            return refuse(ctxt, FiscalYear.class, atTheValue(e));
        }
    }

    /** Describes a token for a message. */
    static Message describe(JsonToken token) {
        if (token == null) {
            return Message.of("term.endOfInput");
        }
        return switch (token) {
            case START_OBJECT -> Message.of("term.typeObject");
            case START_ARRAY -> Message.of("term.typeArray");
            case VALUE_STRING -> Message.of("term.typeString");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Message.of("term.typeNumber");
            case VALUE_TRUE, VALUE_FALSE -> Message.of("term.typeBoolean");
            default -> Message.of("term.typeNull");
        };
    }

    /**
     * Reads the fields of an object, calling {@code field} on each with the parser at its value, and
     * refuses the object with every problem found in it. A field the reader does not know (it returns false)
     * is refused as {@link ProblemKind#UNKNOWN_FIELD} when the mapper fails on unknown properties, and
     * skipped otherwise.
     */
    static void fields(JsonParser p, DeserializationContext ctxt, ValueDeserializer<?> deserializer, Class<?> type,
            FieldReader field) {
        Problems problems = new Problems();
        fields(p, ctxt, problems, field);
        problems.throwIfAny(p);
    }

    /**
     * Reads the fields of an object into a collector of problems: a field whose value is refused is recorded
     * at its name, the rest of its value is skipped, and reading goes on with the next field. A syntax error
     * or an exceeded limit stops reading at once, since the parser cannot go on.
     */
    static void fields(JsonParser p, DeserializationContext ctxt, Problems problems, FieldReader field) {
        Names seen = new Names();
        for (String name = nextName(p); name != null; name = nextName(p)) {
            String current = name;
            int depth = p.streamReadContext().getNestingDepth();
            try {
                p.nextToken();
                if (!seen.add(current)) {
                    // here rather than in the parser, whose detection builds a hash set for every object read
                    problems.add(new Problem(ProblemKind.DUPLICATE, Location.of(current), current, Message.of("json.duplicateField")));
                    p.skipChildren();
                    continue;
                }
                if (!field.read(current)) {
                    if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
                        problems.add(new Problem(ProblemKind.UNKNOWN_FIELD, Location.of(current), current,
                                Message.of("json.unknownField")));
                    }
                    p.skipChildren();
                }
            } catch (StreamReadException | tools.jackson.core.exc.StreamConstraintsException e) {
                // the parser cannot go on: stop, with the field in the path
                throw e.prependPath(null, current);
            } catch (JacksonException e) {
                problems.absorb(e, Location.of(current));
                skipTo(p, depth);
            } catch (InvalidInputException e) {
                problems.addAll(e, Location.of(current));
                skipTo(p, depth);
            }
        }
    }

    /**
     * Moves to the next field name. The parser reads the value after a name together with the name, so a
     * value over a limit (a number too long) is refused here; it is located at its field. A name over the
     * limit has no field yet and is located at its object.
     */
    private static String nextName(JsonParser p) {
        try {
            return p.nextName();
        } catch (tools.jackson.core.exc.StreamConstraintsException e) {
            String field = p.currentName();
            boolean aboutTheName = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Name");
            throw field == null || aboutTheName ? e : e.prependPath(null, field);
        }
    }

    /** The names of an object's fields read so far: a short list, and a set past sixteen. */
    private static final class Names {
        private final String[] few = new String[16];
        private int count;
        private java.util.Set<String> many;

        /** {@return whether the name is new, adding it} */
        boolean add(String name) {
            if (many != null) {
                return many.add(name);
            }
            for (int i = 0; i < count; i++) {
                if (few[i].equals(name)) {
                    return false;
                }
            }
            if (count < few.length) {
                few[count++] = name;
                return true;
            }
            many = new java.util.HashSet<>(java.util.Arrays.asList(few));
            return many.add(name);
        }
    }

    /** Skips the rest of a value whose reading was refused, back to the nesting depth of its object. */
    static void skipTo(JsonParser p, int depth) {
        while (p.streamReadContext().getNestingDepth() > depth) {
            p.nextToken();
        }
    }

    /**
     * The problems found while reading one object, so that every one is reported, not only the first (up to
     * {@link InvalidInputException#MAX_PROBLEMS}, with a count of the rest).
     */
    static final class Problems {
        private final List<Problem> found = new ArrayList<>();
        private long omitted;

        /** Records a problem located relative to the object. */
        void add(Problem problem) {
            if (found.size() < InvalidInputException.MAX_PROBLEMS) {
                found.add(problem);
            } else {
                omitted++;
            }
        }

        /** Records a required field that is missing. */
        void missing(String field, Message rule) {
            add(new Problem(ProblemKind.MISSING, Location.of(field), null, rule));
        }

        /** Records every problem of a core validation, under a location relative to the object. */
        void addAll(InvalidInputException e, Location at) {
            e.problems().forEach(problem -> add(problem.under(at)));
            omitted += e.omitted();
        }

        /** Records the problems of a refusal raised while reading the value at a location. */
        void absorb(JacksonException e, Location at) {
            List<Problem> some = new ArrayList<>();
            omitted += JsonProblems.collect(e, at, some);
            some.forEach(this::add);
        }

        /**
         * {@return whether a problem was recorded at a field or inside it}
         *
         * @param field a field of the object
         */
        boolean has(String field) {
            return found.stream().anyMatch(problem -> !problem.location().isRoot()
                    && problem.location().segments().get(0).equals(new Location.Property(field)));
        }

        /** {@return whether nothing was found} */
        boolean isEmpty() {
            return found.isEmpty();
        }

        /** Throws the problems found, if any. */
        void throwIfAny(JsonParser p) {
            if (!found.isEmpty()) {
                throw new ProblemsException(p, found, omitted);
            }
        }

    }

    /**
     * Reads the elements of an array, calling {@code element} on each with the parser at it, and refuses the
     * array with every problem found in it: an element that is refused is recorded at its index, the rest of
     * it skipped, and reading goes on with the next element.
     */
    static void elements(JsonParser p, DeserializationContext ctxt, ElementReader element) {
        Problems problems = new Problems();
        int depth = p.streamReadContext().getNestingDepth();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int at = index++;
            try {
                element.read(at);
            } catch (StreamReadException | tools.jackson.core.exc.StreamConstraintsException e) {
                throw e.prependPath(null, at);
            } catch (JacksonException e) {
                problems.absorb(e, Location.ROOT.index(at));
                skipTo(p, depth);
            } catch (InvalidInputException e) {
                problems.addAll(e, Location.ROOT.index(at));
                skipTo(p, depth);
            }
        }
        problems.throwIfAny(p);
    }

    /** Reads one element of an array, the parser at it. */
    @FunctionalInterface
    interface ElementReader {
        void read(int index) throws JacksonException;
    }

    /** Reads one field whose value is the parser's current token; returns false for an unknown field. */
    @FunctionalInterface
    interface FieldReader {
        boolean read(String name) throws JacksonException;
    }
}
