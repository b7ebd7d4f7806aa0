package vn.hopso.documents.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made in the tests: a page photographed or scanned, and a crafted one that claims a vast size. */
public final class TestImages {

    private TestImages() {
    }

    /** A white sheet with a dark bar across its upper half, as PNG or JPEG ({@code "png"}, {@code "jpg"}). */
    public static byte[] sheet(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(width / 4, height / 4, width / 2, height / 8);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A photograph as a phone stores it: a JPEG of {@code width} by {@code height} pixels whose left half is dark,
     * with an EXIF header (big-endian, or little-endian when {@code littleEndian}) giving {@code orientation}, 1 to 8.
     */
    public static byte[] photographed(int width, int height, int orientation, boolean littleEndian) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] plain = jpeg.toByteArray();
        ByteBuffer tiff = ByteBuffer.allocate(26).order(littleEndian ? java.nio.ByteOrder.LITTLE_ENDIAN
                : java.nio.ByteOrder.BIG_ENDIAN);
        tiff.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M')).putShort((short) 42)
                .putInt(8).putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0).putInt(0);
        byte[] exif = ByteBuffer.allocate(4 + 6 + 26).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + 26))
                .put("Exif".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0)
                .put(tiff.array()).array();
        // A phone writes EXIF where the encoder here wrote its JFIF header: the EXIF segment takes its place.
        int rest = 2;
        if ((plain[2] & 0xFF) == 0xFF && (plain[3] & 0xFF) == 0xE0) {
            rest += 2 + ((plain[4] & 0xFF) << 8 | plain[5] & 0xFF);
        }
        byte[] out = new byte[2 + exif.length + plain.length - rest];
        System.arraycopy(plain, 0, out, 0, 2);
        System.arraycopy(exif, 0, out, 2, exif.length);
        System.arraycopy(plain, rest, out, 2 + exif.length, plain.length - rest);
        return out;
    }

    /**
     * A decompression bomb's header: a small PNG whose header says {@code width} by {@code height} pixels, with a
     * checksum that matches, as a crafted file's would.
     */
    public static byte[] claiming(int width, int height) {
        byte[] crafted = sheet("png", 8, 8);
        ByteBuffer.wrap(crafted, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(crafted, 12, 17);
        ByteBuffer.wrap(crafted, 29, 4).putInt((int) crc.getValue());
        return crafted;
    }
}
