package org.itascore.json;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through and checks, as they pass, that they are well-formed UTF-8 as RFC 3629 defines it:
 * no overlong forms ({@code C0 AF} for "/"), no encoded surrogates, nothing above U+10FFFF, no sequence cut
 * short. A byte that breaks the rule stops reading with {@link NotUtf8Exception}, which names its offset.
 * ASCII, most of any JSON, costs one comparison a byte.
 */
final class StrictUtf8InputStream extends FilterInputStream {

    /** Thrown at the first byte that is not well-formed UTF-8. */
    static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        private final long offset;

        NotUtf8Exception(long offset) {
            super("not UTF-8 at byte " + offset);
            this.offset = offset;
        }

        /** {@return the offset of the first bad byte, from 0} */
        long offset() {
            return offset;
        }
    }

    /** A failure of the stream the caller gave, as opposed to a fault of the bytes it holds. */
    static final class SourceException extends IOException {
        private static final long serialVersionUID = 1L;

        SourceException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private long offset;
    /** Continuation bytes still expected in the current sequence. */
    private int need;
    /** The range the next continuation byte must lie in (unsigned). */
    private int low = 0x80;
    private int high = 0xBF;

    StrictUtf8InputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b;
        try {
            b = super.read();
        } catch (IOException e) {
            throw new SourceException(e);
        }
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n;
        try {
            n = super.read(buffer, off, len);
        } catch (IOException e) {
            throw new SourceException(e);
        }
        if (n < 0) {
            end();
            return n;
        }
        int end = off + n;
        int i = off;
        while (i < end) {
            if (need == 0) {
                // a run of ASCII: counted, not checked one by one
                int start = i;
                while (i < end && buffer[i] >= 0) {
                    i++;
                }
                offset += i - start;
                if (i == end) {
                    break;
                }
            }
            check(buffer[i] & 0xFF);
            i++;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping would pass bytes unchecked: read them instead
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    private void check(int b) throws NotUtf8Exception {
        if (need > 0) {
            if (b < low || b > high) {
                throw new NotUtf8Exception(offset);
            }
            need--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b == 0xE0) {
                need = 2;
                low = 0xA0;
            } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
                need = 2;
            } else if (b == 0xED) {
                need = 2;
                high = 0x9F;
            } else if (b == 0xF0) {
                need = 3;
                low = 0x90;
            } else if (b >= 0xF1 && b <= 0xF3) {
                need = 3;
            } else if (b == 0xF4) {
                need = 3;
                high = 0x8F;
            } else {
                throw new NotUtf8Exception(offset);
            }
        }
        offset++;
    }

    private void end() throws NotUtf8Exception {
        if (need > 0) {
            throw new NotUtf8Exception(offset);
        }
    }
}
