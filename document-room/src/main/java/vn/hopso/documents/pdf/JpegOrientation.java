package vn.hopso.documents.pdf;

import org.apache.pdfbox.util.Matrix;

/**
 * How a JPEG's pixels are meant to be turned to stand upright: the EXIF orientation a phone or camera writes instead
 * of turning the pixels themselves (a page photographed with the phone held sideways is stored on its side). Read
 * from the header alone, every length checked against the file: a missing, damaged or lying header reads as upright.
 */
enum JpegOrientation {
    /** 1: as stored. */
    UPRIGHT(false),
    /** 2: mirrored left to right. */
    MIRRORED(false),
    /** 3: upside down. */
    TURNED_HALF(false),
    /** 4: mirrored top to bottom. */
    MIRRORED_UPSIDE_DOWN(false),
    /** 5: mirrored along the diagonal from the top left. */
    TRANSPOSED(true),
    /** 6: to be turned a quarter clockwise. */
    TURNED_RIGHT(true),
    /** 7: mirrored along the other diagonal. */
    TRANSVERSED(true),
    /** 8: to be turned a quarter counter-clockwise. */
    TURNED_LEFT(true);

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;
    /** Segments read before giving up: the EXIF segment comes first or nearly so. */
    private static final int MOST_SEGMENTS = 32;

    private final boolean sideways;

    JpegOrientation(boolean sideways) {
        this.sideways = sideways;
    }

    /** Whether the upright picture is as wide as the stored one is tall. */
    boolean sideways() {
        return sideways;
    }

    /**
     * Where the image's unit square goes on a page for the upright picture to fill the box at {@code (x, y)} of
     * {@code width} by {@code height} (the upright picture's proportions).
     */
    Matrix placing(float x, float y, float width, float height) {
        return switch (this) {
            case UPRIGHT -> new Matrix(width, 0, 0, height, x, y);
            case MIRRORED -> new Matrix(-width, 0, 0, height, x + width, y);
            case TURNED_HALF -> new Matrix(-width, 0, 0, -height, x + width, y + height);
            case MIRRORED_UPSIDE_DOWN -> new Matrix(width, 0, 0, -height, x, y + height);
            case TRANSPOSED -> new Matrix(0, -height, -width, 0, x + width, y + height);
            case TURNED_RIGHT -> new Matrix(0, -height, width, 0, x, y + height);
            case TRANSVERSED -> new Matrix(0, height, width, 0, x, y);
            case TURNED_LEFT -> new Matrix(0, height, -width, 0, x + width, y);
        };
    }

    /** The orientation the JPEG's EXIF header gives; upright when it gives none or cannot be read. */
    static JpegOrientation of(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return UPRIGHT;
        }
        int at = 2;
        for (int segment = 0; segment < MOST_SEGMENTS && at + 4 <= jpeg.length; segment++) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                return UPRIGHT;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return UPRIGHT;
            }
            int length = unsigned16(jpeg, at + 2, false);
            if (length < 2 || at + 2 + length > jpeg.length) {
                return UPRIGHT;
            }
            if (marker == 0xE1 && length >= 8 && isExif(jpeg, at + 4)) {
                return fromTiff(jpeg, at + 10, at + 2 + length);
            }
            at += 2 + length;
        }
        return UPRIGHT;
    }

    private static boolean isExif(byte[] bytes, int at) {
        return bytes[at] == 'E' && bytes[at + 1] == 'x' && bytes[at + 2] == 'i' && bytes[at + 3] == 'f'
                && bytes[at + 4] == 0 && bytes[at + 5] == 0;
    }

    /** The orientation entry of the first image directory of the TIFF structure in {@code [start, end)}. */
    private static JpegOrientation fromTiff(byte[] bytes, int start, int end) {
        if (start + 8 > end) {
            return UPRIGHT;
        }
        boolean little;
        if (bytes[start] == 'I' && bytes[start + 1] == 'I') {
            little = true;
        } else if (bytes[start] == 'M' && bytes[start + 1] == 'M') {
            little = false;
        } else {
            return UPRIGHT;
        }
        if (unsigned16(bytes, start + 2, little) != 42) {
            return UPRIGHT;
        }
        long directory = start + unsigned32(bytes, start + 4, little);
        if (directory < start || directory + 2 > end) {
            return UPRIGHT;
        }
        int entries = unsigned16(bytes, (int) directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + 12 * i;
            if (entry + 12 > end) {
                return UPRIGHT;
            }
            if (unsigned16(bytes, entry, little) == ORIENTATION_TAG) {
                if (unsigned16(bytes, entry + 2, little) != SHORT) {
                    return UPRIGHT;
                }
                int value = unsigned16(bytes, entry + 8, little);
                return value >= 1 && value <= 8 ? values()[value - 1] : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static int unsigned16(byte[] bytes, int at, boolean little) {
        int first = bytes[at] & 0xFF;
        int second = bytes[at + 1] & 0xFF;
        return little ? first | second << 8 : first << 8 | second;
    }

    private static long unsigned32(byte[] bytes, int at, boolean little) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int b = bytes[little ? at + 3 - i : at + i] & 0xFF;
            value = value << 8 | b;
        }
        return value;
    }
}
