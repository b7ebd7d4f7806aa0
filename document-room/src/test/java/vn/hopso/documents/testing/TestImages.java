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
