package dev.trustcenter.diff;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * An HTML fragment held as UTF-8 pieces, the form pages are written in. A diff page's body is mostly
 * the HTML of unchanged blocks, the same in every diff of a policy: encoded once and shared, those
 * pieces are copied straight into each page, instead of being joined into a String of tens of
 * kilobytes that is then encoded again. Immutable; {@link #toString} is the fragment as text.
 */
public final class Utf8Html {

    private final byte[][] pieces;
    private final int length;

    private Utf8Html(List<byte[]> pieces) {
        this.pieces = pieces.toArray(new byte[0][]);
        int n = 0;
        for (byte[] piece : this.pieces) {
            n += piece.length;
        }
        this.length = n;
    }

    /** The fragment {@code html}. */
    public static Utf8Html of(String html) {
        return new Builder().append(html).build();
    }

    /** Encodes a piece to be shared by several fragments; the caller must not modify it. */
    static byte[] encode(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** Hands each piece, in order, to {@code action}, which must not modify it. */
    public void forEachPiece(Consumer<byte[]> action) {
        for (byte[] piece : pieces) {
            action.accept(piece);
        }
    }

    /** Length in bytes. */
    public int length() {
        return length;
    }

    private byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        forEachPiece(out::writeBytes);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Utf8Html h && length == h.length && Arrays.equals(bytes(), h.bytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes());
    }

    /**
     * Text appended is collected and encoded in one go when an encoded piece follows, so markup
     * written in small strings becomes one piece per stretch. Pieces end only where an encoded
     * piece begins, which is always at a tag, never inside a surrogate pair.
     */
    static final class Builder {

        private final List<byte[]> pieces = new ArrayList<>();
        private final StringBuilder text = new StringBuilder(256);

        Builder append(String html) {
            text.append(html);
            return this;
        }

        Builder append(char c) {
            text.append(c);
            return this;
        }

        /** Appends an encoded piece (see {@link #encode}) by reference. */
        Builder appendEncoded(byte[] piece) {
            flush();
            pieces.add(piece);
            return this;
        }

        Utf8Html build() {
            flush();
            return new Utf8Html(pieces);
        }

        private void flush() {
            if (!text.isEmpty()) {
                pieces.add(encode(text.toString()));
                text.setLength(0);
            }
        }
    }
}
