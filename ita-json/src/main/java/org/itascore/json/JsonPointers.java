package org.itascore.json;
import static java.util.Objects.requireNonNull;

import org.itascore.Location;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;

/**
 * Translates the core's {@link Location}s into JSON Pointers (RFC 6901), with Jackson's {@link JsonPointer},
 * for messages such as {@code /indicators/7: "105": a score lies between 0 and 100}. A property name is one
 * pointer segment whatever it contains: sub-indicator {@code "9.1"} is {@code /subIndicators/9.1}, a name
 * with a slash is escaped as RFC 6901 says.
 */
public final class JsonPointers {

    private JsonPointers() {
    }

    /**
     * Returns the JSON Pointer of a location.
     *
     * @param location a location in a JSON document
     * @return the pointer; {@link JsonPointer#empty()} for the whole document
     */
    public static JsonPointer of(Location location) {
        requireNonNull(location, "location");
        JsonPointer pointer = JsonPointer.empty();
        for (Location.Segment segment : location.segments()) {
            if (segment instanceof Location.Property property) {
                pointer = pointer.appendProperty(property.name());
            } else {
                long index = ((Location.Index) segment).index();
                pointer = index <= Integer.MAX_VALUE ? pointer.appendIndex((int) index)
                        : pointer.appendProperty(Long.toString(index));
            }
        }
        return pointer;
    }

    /**
     * Returns the JSON pointer of the value a Jackson exception is about, for callers who use the module
     * with a mapper of their own.
     *
     * @param e an exception thrown while reading JSON
     * @return the pointer text, for example {@code "/indicators/7"}; {@code ""} for the whole document
     */
    public static String of(JacksonException e) {
        return JsonProblems.toInvalidInput(requireNonNull(e, "e")).problems().get(0).location().toString();
    }

    /**
     * Returns what a Jackson exception says is wrong, in the library's words and without the location.
     *
     * @param e an exception thrown while reading JSON
     * @return the message, for example {@code "\"105\": a score lies between 0 and 100"}
     */
    public static String message(JacksonException e) {
        return JsonProblems.toInvalidInput(requireNonNull(e, "e")).problems().get(0).describe();
    }
}
