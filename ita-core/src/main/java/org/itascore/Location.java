package org.itascore;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Where a value is inside an input: a path of segments, each a property name or an array index, from the
 * document's root.
 *
 * <p>A location is data, not text: a property name is kept whole, so an id that contains a dot or a slash
 * ({@code "9.1"}) stays one segment. Each front end translates it once into its own addressing: ita-json into
 * a JSON Pointer (RFC 6901), a CSV reader into a row and a column. {@link #toString()} is the RFC 6901 text,
 * for messages written by the core itself.
 *
 * <pre>{@code
 * Location.of("catalogue", "subIndicators").property("9.1")   // /catalogue/subIndicators/9.1
 * Location.ROOT.index(3).property("office")                   // /3/office
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable; equal when the segments are equal.
 */
public final class Location implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The whole input. */
    public static final Location ROOT = new Location(ImmutableList.of());

    /** One step of a location: a property name or an array index. */
    public sealed interface Segment extends java.io.Serializable permits Property, Index {
    }

    /**
     * A property name, kept whole.
     *
     * @param name the name, as written in the input
     * @serial exclude
     */
    public record Property(String name) implements Segment {
        /**
         * Creates the segment.
         *
         * @param name the name, as written in the input
         * @throws NullPointerException if the name is null
         */
        public Property {
            requireNonNull(name, "name");
        }
    }

    /**
     * An array index (or, for inputs read record by record, the record's position), from 0.
     *
     * @param index the index, zero or more
     * @serial exclude
     */
    public record Index(long index) implements Segment {
        /**
         * Creates the segment.
         *
         * @param index the index, zero or more
         * @throws IllegalArgumentException if the index is negative
         */
        public Index {
            if (index < 0) {
                throw new IllegalArgumentException("an index is zero or more, got " + index);
            }
        }
    }

    /** The segments from the root; an ImmutableList, which is serializable. */
    private final ImmutableList<Segment> segments;

    private Location(ImmutableList<Segment> segments) {
        this.segments = segments;
    }

    /**
     * Returns the location of nested properties.
     *
     * @param names the property names from the root, each kept whole
     * @return the location; {@link #ROOT} when no name is given
     */
    public static Location of(String... names) {
        ImmutableList.Builder<Segment> out = ImmutableList.builder();
        for (String name : names) {
            out.add(new Property(name));
        }
        return new Location(out.build());
    }

    /**
     * Returns the location made of these segments.
     *
     * @param segments the segments from the root
     * @return the location
     */
    public static Location of(List<? extends Segment> segments) {
        return new Location(ImmutableList.copyOf(segments));
    }

    /**
     * {@return the location of a property of the value here}
     *
     * @param name the property name, kept whole
     */
    public Location property(String name) {
        return append(new Property(name));
    }

    /**
     * {@return the location of an element of the array here}
     *
     * @param index the index, from 0
     * @throws IllegalArgumentException if the index is negative
     */
    public Location index(long index) {
        return append(new Index(index));
    }

    private Location append(Segment segment) {
        return new Location(ImmutableList.<Segment>builderWithExpectedSize(segments.size() + 1)
                .addAll(segments).add(segment).build());
    }

    /**
     * {@return this location seen from further out: the parent's segments, then this one's}
     *
     * @param parent where the value this location is relative to stands
     */
    public Location under(Location parent) {
        requireNonNull(parent, "parent");
        if (parent.segments.isEmpty()) {
            return this;
        }
        if (segments.isEmpty()) {
            return parent;
        }
        return new Location(ImmutableList.<Segment>builder().addAll(parent.segments).addAll(segments).build());
    }

    /** {@return the segments, from the root} */
    public ImmutableList<Segment> segments() {
        return segments;
    }

    /** {@return whether this is the whole input} */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Location other && segments.equals(other.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /**
     * Returns the location as the text of a JSON Pointer (RFC 6901): {@code ""} for the root,
     * {@code "/items/O1/evidence"}, {@code "/3"}; {@code ~} and {@code /} inside a name are written
     * {@code ~0} and {@code ~1}.
     *
     * @return the pointer text
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            out.append('/');
            if (segment instanceof Property p) {
                out.append(p.name().replace("~", "~0").replace("/", "~1"));
            } else {
                out.append(((Index) segment).index());
            }
        }
        return out.toString();
    }
}
