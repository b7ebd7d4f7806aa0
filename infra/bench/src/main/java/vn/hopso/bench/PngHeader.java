package vn.hopso.bench;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** What a page image's first bytes say: whether it is a PNG, and how wide (its IHDR chunk). */
final class PngHeader {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngHeader() {
    }

    static boolean isPng(byte[] image) {
        return image.length > 24 && Arrays.equals(image, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    /** The width in pixels, or -1 when the bytes are no PNG. */
    static int width(byte[] image) {
        return isPng(image) ? ByteBuffer.wrap(image, 16, 4).getInt() : -1;
    }
}
