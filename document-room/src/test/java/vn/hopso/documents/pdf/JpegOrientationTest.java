package vn.hopso.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.hopso.documents.testing.TestImages;

/** The EXIF orientation of a JPEG, read from its header; any header that is missing, damaged or lying reads upright. */
class JpegOrientationTest {

    /** Where the orientation's value lies in {@link TestImages#photographed}: SOI, APP1 head, Exif, TIFF to it. */
    private static final int VALUE_AT = 2 + 4 + 6 + 8 + 2 + 8;

    @Test
    void eachOrientationIsReadInEitherByteOrder() {
        for (int orientation = 1; orientation <= 8; orientation++) {
            for (boolean little : new boolean[] {false, true}) {
                assertThat(JpegOrientation.of(TestImages.photographed(40, 20, orientation, little)).ordinal() + 1)
                        .as("orientation %d, %s", orientation, little ? "II" : "MM").isEqualTo(orientation);
            }
        }
        assertThat(JpegOrientation.TURNED_RIGHT.sideways()).isTrue();
        assertThat(JpegOrientation.TURNED_HALF.sideways()).isFalse();
    }

    @Test
    void noHeaderOrADamagedOneReadsUpright() {
        byte[] photo = TestImages.photographed(40, 20, 6, false);
        assertThat(JpegOrientation.of(TestImages.sheet("jpg", 40, 20))).as("no EXIF").isEqualTo(JpegOrientation.UPRIGHT);
        assertThat(JpegOrientation.of(TestImages.sheet("png", 40, 20))).as("not a JPEG")
                .isEqualTo(JpegOrientation.UPRIGHT);
        assertThat(JpegOrientation.of(new byte[0])).isEqualTo(JpegOrientation.UPRIGHT);
        for (int cut = 0; cut < VALUE_AT + 2; cut++) {
            assertThat(JpegOrientation.of(Arrays.copyOf(photo, cut))).as("cut after %d bytes", cut)
                    .isEqualTo(JpegOrientation.UPRIGHT);
        }
        assertThat(JpegOrientation.of(with(photo, VALUE_AT + 1, 9))).as("no such orientation")
                .isEqualTo(JpegOrientation.UPRIGHT);
        assertThat(JpegOrientation.of(with(photo, VALUE_AT + 1, 0))).isEqualTo(JpegOrientation.UPRIGHT);
        assertThat(JpegOrientation.of(with(photo, 4, 0x7F))).as("a segment longer than the file")
                .isEqualTo(JpegOrientation.UPRIGHT);
        assertThat(JpegOrientation.of(with(photo, 12, 'X'))).as("not a TIFF byte order")
                .isEqualTo(JpegOrientation.UPRIGHT);
        assertThat(JpegOrientation.of(with(photo, 19, 0x7F))).as("a directory beyond the segment")
                .isEqualTo(JpegOrientation.UPRIGHT);
        byte[] otherTag = with(photo, 23, 0x13);
        assertThat(JpegOrientation.of(otherTag)).as("no orientation entry").isEqualTo(JpegOrientation.UPRIGHT);
        assertThat(JpegOrientation.of(with(otherTag, 21, 0xFF))).as("more entries than the segment holds")
                .isEqualTo(JpegOrientation.UPRIGHT);
        assertThat(JpegOrientation.of(with(photo, 25, 4))).as("the value is not a short")
                .isEqualTo(JpegOrientation.UPRIGHT);
    }

    private static byte[] with(byte[] bytes, int at, int value) {
        byte[] changed = bytes.clone();
        changed[at] = (byte) value;
        return changed;
    }
}
