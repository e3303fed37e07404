package org.itascore.annual;

import java.util.Optional;
import org.itascore.Names;

/**
 * Who signs the annual analysis, as Thai documents sign: the signer's name in parentheses under the signature line,
 * the position under it, then the date. A name or position not given is left for the signer to write (a dotted
 * line) or, for the position, the office's director.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the signer's name, such as {@code นายสมชาย ใจดี}, if given
 * @param position the signer's position, such as {@code ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น}, if given
 */
public record Signature(Optional<String> name, Optional<String> position) {

    /** A signature block with neither name nor position: a dotted line and the office's director. */
    public static final Signature UNNAMED = new Signature(Optional.empty(), Optional.empty());

    /**
     * Creates a signature block.
     *
     * @param name the signer's name, if given
     * @param position the signer's position, if given
     */
    public Signature {
        name = name.map(String::strip).filter(n -> !Names.isBlank(n));
        position = position.map(String::strip).filter(p -> !Names.isBlank(p));
    }

    /**
     * {@return a signature block of a name and a position as typed}, either null or blank when not given
     *
     * @param name the signer's name
     * @param position the signer's position
     */
    public static Signature of(String name, String position) {
        return new Signature(Optional.ofNullable(name), Optional.ofNullable(position));
    }
}
