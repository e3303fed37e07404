package org.itascore.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Turns the path of a Jackson exception into a JSON pointer (RFC 6901), for one-line error messages such
 * as {@code /indicators/7: "105": a score lies between 0 and 100}.
 */
public final class JsonPointers {

    private JsonPointers() {
    }

    /**
     * Returns the JSON pointer of the value an exception is about.
     *
     * @param e an exception thrown while reading JSON
     * @return the pointer, for example {@code "/indicators/7"}; {@code ""} for the whole document
     */
    public static String of(JacksonException e) {
        // A syntax error (NaN, a duplicate key, a limit exceeded) is best located by the parser itself.
        if (e instanceof StreamReadException sre && sre.processor() != null) {
            // The parser's pointer includes the name of the value it failed on.
            return sre.processor().streamReadContext().pathAsPointer().toString();
        }
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            pointer.append('/');
            if (ref.getPropertyName() != null) {
                pointer.append(escape(ref.getPropertyName()));
            } else if (ref.getIndex() >= 0) {
                pointer.append(ref.getIndex());
            } else {
                pointer.append('?');
            }
        }
        return pointer.toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Returns the message of an exception without Jackson's location and path decorations.
     *
     * @param e an exception thrown while reading JSON
     * @return the message, for example {@code "\"105\": a score lies between 0 and 100"}
     */
    public static String message(JacksonException e) {
        String message = e.getOriginalMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
