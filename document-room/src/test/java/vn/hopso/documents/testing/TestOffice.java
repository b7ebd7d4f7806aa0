package vn.hopso.documents.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Office files written member by member in the test: the smallest a converter accepts, and hostile ones. */
public final class TestOffice {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private TestOffice() {
    }

    /** A Word document of one paragraph. */
    public static byte[] docx(String text) {
        return word("<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>", null);
    }

    /** A Word document whose picture is linked, not embedded: a reader fetches it from {@code url} when it opens. */
    public static byte[] docxLinkingImage(String text, String url) {
        String picture = """
                <w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="anh"/>
                <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>
                <pic:nvPicPr><pic:cNvPr id="1" name="anh.png"/><pic:cNvPicPr/></pic:nvPicPr>
                <pic:blipFill><a:blip r:link="rIdAnh"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
                <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm>
                <a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>
                </wp:inline></w:drawing></w:r></w:p>""";
        return word("<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>" + picture,
                "<Relationship Id=\"rIdAnh\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                        + "image\" Target=\"" + url + "\" TargetMode=\"External\"/>");
    }

    /** An OpenDocument text's container, members named as ODF wants ({@code mimetype} first). */
    public static byte[] odtContainer() {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("mimetype", "application/vnd.oasis.opendocument.text");
        members.put("content.xml", "<office:document-content/>");
        return zip(members);
    }

    /** A spreadsheet's container: the members that say what it is. */
    public static byte[] xlsxContainer() {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("[Content_Types].xml", "<Types/>");
        members.put("xl/workbook.xml", "<workbook/>");
        return zip(members);
    }

    /** A ZIP that is no Office file: an archive of photos. */
    public static byte[] plainZip() {
        return zip(Map.of("anh/1.jpg", "không phải văn bản"));
    }

    private static byte[] word(String body, String relationship) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                </Types>""");
        members.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="word/document.xml"/></Relationships>""");
        members.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"" + W + "\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
                + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>" + body
                + "</w:body></w:document>");
        if (relationship != null) {
            members.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + relationship + "</Relationships>");
        }
        return zip(members);
    }

    private static byte[] zip(Map<String, String> members) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var member : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(member.getKey()));
                zip.write(member.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
