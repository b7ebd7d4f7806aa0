package vn.hopso.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.UnreadablePdf;
import vn.hopso.documents.testing.TestImages;

/** An uploaded photograph or scan becomes a one-page PDF; an image that is a bomb or is broken is refused. */
class PdfBoxImageConverterTest {

    private final PdfBoxImageConverter converter = new PdfBoxImageConverter(PdfLimits.defaults(), 40_000_000);

    @Test
    void aTallPngBecomesAPortraitA4PageShowingIt() throws Exception {
        byte[] pdf = converter.toPdf(TestImages.sheet("png", 600, 800));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isLessThan(page.getMediaBox().getHeight());
            PDImageXObject shown = (PDImageXObject) page.getResources()
                    .getXObject(page.getResources().getXObjectNames().iterator().next());
            assertThat(shown.getWidth()).isEqualTo(600);
            assertThat(dark(new PDFRenderer(document).renderImage(0, 0.5f))).as("the image is drawn").isGreaterThan(500);
        }
    }

    @Test
    void aWideJpegIsEmbeddedAsItIsOnALandscapePage() throws Exception {
        byte[] jpeg = TestImages.sheet("jpg", 1200, 600);
        try (PDDocument document = Loader.loadPDF(converter.toPdf(jpeg))) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            PDImageXObject shown = (PDImageXObject) page.getResources()
                    .getXObject(page.getResources().getXObjectNames().iterator().next());
            assertThat(shown.getCOSObject().getCOSName(COSName.FILTER)).isEqualTo(COSName.DCT_DECODE);
        }
    }

    @Test
    void aPhotographTakenSidewaysStandsUprightOnItsPageAsItsExifOrientationSays() throws Exception {
        // Stored 400 by 200 with its left half dark: turned as orientation says, where the dark half stands.
        record Case(int orientation, boolean littleEndian, boolean portrait, String darkSide) {
        }
        for (Case c : java.util.List.of(new Case(1, false, false, "left"), new Case(6, false, true, "top"),
                new Case(8, true, true, "bottom"), new Case(3, true, false, "right"), new Case(2, false, false, "right"),
                new Case(5, true, true, "top"), new Case(7, false, true, "bottom"), new Case(4, true, false, "left"))) {
            byte[] photo = TestImages.photographed(400, 200, c.orientation(), c.littleEndian());
            try (PDDocument document = Loader.loadPDF(converter.toPdf(photo))) {
                PDPage page = document.getPage(0);
                assertThat(page.getMediaBox().getWidth() < page.getMediaBox().getHeight())
                        .as("orientation %d: portrait", c.orientation()).isEqualTo(c.portrait());
                BufferedImage rendered = new PDFRenderer(document).renderImage(0, 0.25f);
                int w = rendered.getWidth();
                int h = rendered.getHeight();
                int top = dark(rendered, 0, 0, w, h / 2);
                int bottom = dark(rendered, 0, h / 2, w, h);
                int left = dark(rendered, 0, 0, w / 2, h);
                int right = dark(rendered, w / 2, 0, w, h);
                int[] sides = switch (c.darkSide()) {
                    case "top" -> new int[] {top, bottom};
                    case "bottom" -> new int[] {bottom, top};
                    case "left" -> new int[] {left, right};
                    default -> new int[] {right, left};
                };
                assertThat(sides[0]).as("orientation %d: dark on the %s", c.orientation(), c.darkSide())
                        .isGreaterThan(100).isGreaterThan(10 * sides[1]);
            }
        }
    }

    @Test
    void aSmallFileClaimingAVastImageIsRefusedBeforeAnythingIsDecoded() throws Exception {
        byte[] bomb = TestImages.claiming(100_000, 100_000);
        assertThatThrownBy(() -> converter.toPdf(bomb)).isInstanceOfSatisfying(UnreadablePdf.class,
                e -> assertThat(e.problem()).isEqualTo(PdfProblem.IMAGE_TOO_LARGE));
        assertThat(bomb.length).isLessThan(1_000);
    }

    @Test
    void aBrokenImageIsRefusedAsABrokenImage() throws Exception {
        byte[] png = TestImages.sheet("png", 50, 50);
        byte[] cut = Arrays.copyOf(png, 60);
        byte[] garbage = new byte[400];
        garbage[0] = (byte) 0xff;
        garbage[1] = (byte) 0xd8;
        garbage[2] = (byte) 0xff;
        for (byte[] broken : new byte[][] {cut, garbage}) {
            assertThatThrownBy(() -> converter.toPdf(broken)).isInstanceOfSatisfying(UnreadablePdf.class,
                    e -> assertThat(e.problem()).isEqualTo(PdfProblem.IMAGE_CORRUPT));
        }
        assertThatThrownBy(() -> converter.toPdf(new byte[0])).isInstanceOfSatisfying(UnreadablePdf.class,
                e -> assertThat(e.problem()).isEqualTo(PdfProblem.EMPTY));
    }

    private static int dark(BufferedImage image) {
        return dark(image, 0, 0, image.getWidth(), image.getHeight());
    }

    private static int dark(BufferedImage image, int fromX, int fromY, int toX, int toY) {
        int dark = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = fromX; x < toX; x++) {
                if ((image.getRGB(x, y) & 0xff) < 100) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
