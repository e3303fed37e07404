package org.itascore.json;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itascore.InvalidInputException;
import org.itascore.Location;
import org.itascore.Message;
import org.itascore.Problem;
import org.itascore.ProblemKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns whatever Jackson throws while reading into the library's {@link Problem}s: the location as a
 * {@link Location}, the message in the library's own words (never Jackson's wording or a Java class name).
 */
final class JsonProblems {

    private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]{0,80})['\"]");

    private JsonProblems() {
    }

    /**
     * Translates a Jackson exception raised while reading one input.
     *
     * @param e the exception
     * @return the problems, located from the document's root
     * @throws UncheckedIOException if the exception is a failure to read the stream, not a fault of the input
     */
    static InvalidInputException toInvalidInput(JacksonException e) {
        if (e instanceof JacksonIOException io && io.getCause() instanceof StrictUtf8InputStream.NotUtf8Exception bad) {
            return InvalidInputException.of(ProblemKind.MALFORMED, Location.ROOT, null, Message.of("json.notUtf8AtByte", bad.offset()));
        }
        if (e instanceof JacksonIOException io) {
            java.io.IOException cause = io.getCause();
            if (cause instanceof StrictUtf8InputStream.SourceException source) {
                // the caller's stream failed: not a fault of the input
                throw new UncheckedIOException(source.getCause() instanceof java.io.IOException original ? original : source);
            }
            // anything else at this level is the parser finding the bytes in no encoding it can read (NUL bytes make
            // it guess UTF-16 or UTF-32, then the rest breaks)
            return InvalidInputException.of(ProblemKind.MALFORMED, Location.ROOT, null,
                    Message.of("json.notUtf8"));
        }
        List<Problem> problems = new ArrayList<>();
        long omitted = collect(e, Location.ROOT, problems);
        return new InvalidInputException(problems, omitted);
    }

    /**
     * Adds the problems of an exception to a list, each located under a parent location and the path the
     * exception carries.
     *
     * @return how many problems the exception had left out
     */
    static long collect(JacksonException e, Location parent, List<Problem> into) {
        if (e instanceof ProblemsException pe) {
            Location base = pathOf(e).under(parent);
            pe.problems().forEach(p -> into.add(p.under(base)));
            return pe.omitted();
        }
        into.add(translate(e).under(parent));
        return 0;
    }

    /** {@return the location a Jackson exception's path names} */
    static Location pathOf(JacksonException e) {
        Location location = Location.ROOT;
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                location = location.property(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                location = location.index(ref.getIndex());
            }
        }
        return location;
    }

    /** {@return where a parser stands, as a location} */
    static Location parserLocation(JsonParser p) {
        List<TokenStreamContext> chain = new ArrayList<>();
        for (TokenStreamContext c = p.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        Location location = Location.ROOT;
        for (TokenStreamContext c : chain) {
            if (c.inObject()) {
                if (c.currentName() != null) {
                    location = location.property(c.currentName());
                }
            } else if (c.inArray() && c.hasCurrentIndex()) {
                location = location.index(c.getCurrentIndex());
            }
        }
        return location;
    }

    /** Translates one exception that is not the module's own. */
    private static Problem translate(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            Location at = e.processor() instanceof JsonParser p ? parserLocation(p) : pathOf(e);
            return new Problem(ProblemKind.LIMIT, at, null, where(limit(original), e.getLocation()));
        }
        if (e instanceof StreamReadException sre) {
            Location at = sre.processor() != null ? parserLocation(sre.processor()) : pathOf(e);
            return streamProblem(sre, original, at);
        }
        Location at = pathOf(e);
        if (e instanceof UnrecognizedPropertyException u) {
            return new Problem(ProblemKind.UNKNOWN_FIELD, at, u.getPropertyName(), Message.of("json.unknownFieldOfFormat"));
        }
        if (original.startsWith("No content to map")) {
            return new Problem(ProblemKind.MALFORMED, at, null, Message.of("json.empty"));
        }
        if (original.startsWith("Trailing token")) {
            return new Problem(ProblemKind.MALFORMED, at, null, where(Message.of("json.trailing"), e.getLocation()));
        }
        if (e instanceof MismatchedInputException) {
            return new Problem(ProblemKind.TYPE, at, null, where(Message.of("json.otherType"), e.getLocation()));
        }
        return new Problem(ProblemKind.INVALID, at, null, where(Message.of("json.invalidValue"), e.getLocation()));
    }

    private static Problem streamProblem(StreamReadException e, String original, Location at) {
        TokenStreamLocation loc = e.getLocation();
        if (e instanceof UnexpectedEndOfInputException || original.contains("end-of-input")) {
            return new Problem(ProblemKind.MALFORMED, at, null, where(Message.of("json.truncated"), loc));
        }
        if (original.startsWith("Duplicate Object property") || original.startsWith("Duplicate field")) {
            return new Problem(ProblemKind.DUPLICATE, at, quoted(original), Message.of("json.duplicateField"));
        }
        if (original.contains("'NaN'") || original.contains("Infinity")) {
            return new Problem(ProblemKind.INVALID, at, quoted(original),
                    Message.of("json.notFinite"));
        }
        if (original.contains("UTF-8") || original.contains("UTF8") || original.contains("Invalid UTF")) {
            return new Problem(ProblemKind.MALFORMED, at, null, where(Message.of("json.notUtf8"), loc));
        }
        if (original.contains("control character") || original.contains("CTRL-CHAR")) {
            return new Problem(ProblemKind.MALFORMED, at, null, where(Message.of("json.controlCharacter"), loc));
        }
        return new Problem(ProblemKind.MALFORMED, at, null, where(Message.of("json.malformed"), loc));
    }

    private static Message limit(String original) {
        if (original.startsWith("Number value length") || original.contains("Number length")) {
            return Message.of("json.limit.number", ItaJson.LIMITS.getMaxNumberLength());
        }
        if (original.startsWith("String value length") || original.contains("String length")) {
            return Message.of("json.limit.string", ItaJson.LIMITS.getMaxStringLength());
        }
        if (original.startsWith("Name length") || original.contains("Name value length")) {
            return Message.of("json.limit.name", ItaJson.LIMITS.getMaxNameLength());
        }
        if (original.contains("nesting depth")) {
            return Message.of("json.limit.depth", ItaJson.LIMITS.getMaxNestingDepth());
        }
        if (original.contains("Document length") || original.contains("document length")) {
            return Message.of("json.limit.document", ItaJson.LIMITS.getMaxDocumentLength() / (1024 * 1024));
        }
        return Message.of("json.limit.other");
    }

    private static String quoted(String message) {
        Matcher m = QUOTED.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /** {@return a rule with the position it was found at, "(line L, column C)", or the rule alone when the position is unknown} */
    static Message where(Message rule, TokenStreamLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return rule;
        }
        return Message.of("json.position", rule, loc.getLineNr(), loc.getColumnNr());
    }
}
