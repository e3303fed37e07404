package org.itascore.json;

import java.math.BigDecimal;
import org.itascore.FiscalYear;
import org.itascore.InvalidInputException;
import org.itascore.Problem;
import org.itascore.Score;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
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
    static void expectObject(JsonParser p, DeserializationContext ctxt, Class<?> type, String what) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            ctxt.handleUnexpectedToken(ctxt.constructType(type), p.currentToken(), p,
                    "%s is a JSON object, not %s", what, describe(p.currentToken()));
        }
    }

    /** Requires the current token to start an array. */
    static void expectArray(JsonParser p, DeserializationContext ctxt, Class<?> type, String what) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            ctxt.handleUnexpectedToken(ctxt.constructType(type), p.currentToken(), p,
                    "%s is a JSON array, not %s", what, describe(p.currentToken()));
        }
    }

    /** Reports a value that breaks a rule; the message names the value and the rule. */
    static <T> T refuse(DeserializationContext ctxt, Class<?> type, String value, String rule) {
        return ctxt.reportInputMismatch(type, "%s", value == null ? "missing: " + rule : "\"" + value + "\": " + rule);
    }

    /** Reports a required field that is missing, with the field in the path. */
    static <T> T missing(DeserializationContext ctxt, Class<?> type, String field, String rule) {
        return at(type, field, () -> refuse(ctxt, type, null, rule));
    }

    /**
     * Reports the problems of a core validation, the first one at its field's path; fields are dotted
     * ({@code "indicators.3"}) and become path segments.
     */
    static <T> T refuse(DeserializationContext ctxt, Class<?> type, InvalidInputException e) {
        Problem first = e.problems().get(0);
        StringBuilder message = new StringBuilder();
        for (Problem problem : e.problems()) {
            if (message.length() > 0) {
                message.append("; ");
            }
            message.append(problem.value() == null ? "missing: " : "\"" + problem.value() + "\": ").append(problem.rule());
        }
        Step<T> step = () -> ctxt.reportInputMismatch(type, "%s", message.toString());
        String[] segments = first.field().isEmpty() ? new String[0] : first.field().split("\\.");
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = segments[i];
            Step<T> inner = step;
            step = () -> at(type, segment, inner);
        }
        return step.read();
    }

    /**
     * Reads a string and converts it with a parser of ita-core, turning its refusal into a Jackson one.
     */
    static <T> T parsed(JsonParser p, DeserializationContext ctxt, Class<T> type, String what,
            java.util.function.Function<String, T> parser) {
        return converted(ctxt, type, string(p, ctxt, type, what), parser);
    }

    /** Converts a text (a string value or a property name) with a parser of ita-core. */
    static <T> T converted(DeserializationContext ctxt, Class<T> type, String text,
            java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (InvalidInputException e) {
            return refuse(ctxt, type, text, e.problems().get(0).rule());
        }
    }

    /** Reads a text in both languages: {@code {"th": ..., "en": ...}}, both required. */
    static org.itascore.Bilingual bilingual(JsonParser p, DeserializationContext ctxt, ValueDeserializer<?> deserializer) {
        expectObject(p, ctxt, org.itascore.Bilingual.class, "a text in Thai and English");
        String[] th = {null};
        String[] en = {null};
        fields(p, ctxt, deserializer, org.itascore.Bilingual.class, name -> {
            switch (name) {
                case "th" -> th[0] = string(p, ctxt, org.itascore.Bilingual.class, "the Thai text");
                case "en" -> en[0] = string(p, ctxt, org.itascore.Bilingual.class, "the English text");
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (th[0] == null || th[0].isBlank()) {
            return missing(ctxt, org.itascore.Bilingual.class, "th", "a text has a Thai form");
        }
        if (en[0] == null || en[0].isBlank()) {
            return missing(ctxt, org.itascore.Bilingual.class, "en", "a text has an English form");
        }
        return org.itascore.Bilingual.of(th[0], en[0]);
    }

    /** Refuses a required field left out. */
    static void require(DeserializationContext ctxt, Class<?> type, String field, Object value) {
        if (value == null) {
            missing(ctxt, type, field, "required");
        }
    }

    /** Reads a string value. */
    static String string(JsonParser p, DeserializationContext ctxt, Class<?> type, String what) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return handleUnexpected(p, ctxt, type, what + " is a JSON string");
        }
        return p.getString();
    }

    /** Reads a boolean value. */
    static boolean bool(JsonParser p, DeserializationContext ctxt, Class<?> type, String what) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            return handleUnexpected(p, ctxt, type, what + " is true or false");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** Reads a whole number. */
    static int integer(JsonParser p, DeserializationContext ctxt, Class<?> type, String what, int min, int max) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return handleUnexpected(p, ctxt, type, what + " is a whole number");
        }
        BigDecimal value = p.getDecimalValue();
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return refuse(ctxt, type, value.toPlainString(), what + " is from " + min + " to " + max);
        }
        return value.intValueExact();
    }

    private static <T> T handleUnexpected(JsonParser p, DeserializationContext ctxt, Class<?> type, String rule) {
        @SuppressWarnings("unchecked")
        T result = (T) ctxt.handleUnexpectedToken(ctxt.constructType(type), p.currentToken(), p,
                "%s, not %s", rule, describe(p.currentToken()));
        return result;
    }

    /**
     * Reads a score: a JSON number or a string of ASCII or Thai digits. Objects, arrays, booleans and null
     * are refused, and so is any value outside [0, 100].
     */
    static Score score(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal value = p.getDecimalValue();
            try {
                return Score.of(value);
            } catch (InvalidInputException e) {
                return (Score) ctxt.handleWeirdNumberValue(Score.class, value, "%s", e.problems().get(0).rule());
            }
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getString();
            try {
                return Score.parse(text);
            } catch (InvalidInputException e) {
                return (Score) ctxt.handleWeirdStringValue(Score.class, text, "%s", e.problems().get(0).rule());
            }
        }
        return handleUnexpected(p, ctxt, Score.class,
                "a score is a JSON number or a string of digits such as \"96.61\" or \"๙๖.๖๑\"");
    }

    /** Reads a fiscal year: a whole number or a string of digits, in the Buddhist Era. */
    static FiscalYear fiscalYear(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        String text;
        if (t == JsonToken.VALUE_NUMBER_INT) {
            text = p.getDecimalValue().toPlainString();
        } else if (t == JsonToken.VALUE_STRING) {
            text = p.getString();
        } else {
            return handleUnexpected(p, ctxt, FiscalYear.class,
                    "a fiscal year is a whole Buddhist Era year such as 2567");
        }
        try {
            return FiscalYear.parse(text);
        } catch (InvalidInputException e) {
            return refuse(ctxt, FiscalYear.class, text, e.problems().get(0).rule());
        }
    }

    /** Describes a token for a message. */
    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    /**
     * Reads the fields of an object, calling {@code field} on each with the parser at its value. A field
     * the reader does not know (it returns false) goes to the context, which refuses or skips it as the
     * mapper is configured; Jackson puts that field in the path itself.
     */
    static void fields(JsonParser p, DeserializationContext ctxt, ValueDeserializer<?> deserializer, Class<?> type,
            FieldReader field) {
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            String current = name;
            p.nextToken();
            boolean known = at(type, current, () -> field.read(current));
            if (!known) {
                ctxt.handleUnknownProperty(p, deserializer, type, current);
            }
        }
    }

    /** Reads one field whose value is the parser's current token; returns false for an unknown field. */
    @FunctionalInterface
    interface FieldReader {
        boolean read(String name) throws JacksonException;
    }
}
