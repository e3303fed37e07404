package org.itascore.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 text from bytes that gives every character before the first byte that is not UTF-8, and only then
 * fails.
 *
 * <p>The JDK's {@code InputStreamReader} fails as soon as a block it decodes holds a bad byte, dropping the
 * characters of that block before it: a CSV parser reading from it fails on a row well before the one that holds
 * the byte (15 rows early in an office's export). Here the parser receives every good character first, so that it
 * has returned every row before the bad one when the failure reaches it, and the row it is reading is the one to
 * name. Not thread-safe, as a reader is not.
 */
final class Utf8Text extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private boolean end;
    private boolean flushed;
    private int bad = -1;

    /**
     * @param in the bytes, read to their end; not closed by this reader's {@link #close}
     */
    Utf8Text(InputStream in) {
        this.in = requireNonNull(in, "in");
    }

    @Override
    public int read(char[] into, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (bad >= 0) {
            throw new MalformedInputException(bad);
        }
        CharBuffer out = CharBuffer.wrap(into, off, len);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, end);
            if (result.isError()) {
                bad = result.length();
                if (out.position() > off) {
                    return out.position() - off;   // the good characters first, the failure on the next call
                }
                throw new MalformedInputException(bad);
            }
            if (result.isOverflow() || out.position() > off && !end) {
                return out.position() - off;
            }
            if (end) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                }
                return out.position() > off ? out.position() - off : -1;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
    }

    @Override
    public void close() {
        // the stream belongs to the caller
    }
}
