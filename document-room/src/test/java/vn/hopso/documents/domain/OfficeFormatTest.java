package vn.hopso.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hopso.documents.testing.TestOffice;
import vn.hopso.documents.testing.TestPdfs;

/** Which converter import a file gets comes from its members, never from its name. */
class OfficeFormatTest {

    @Test
    void officeFilesAreToldByWhatTheyContain() {
        assertThat(OfficeFormat.of(TestOffice.docx("Tờ trình"))).hasValue(OfficeFormat.DOCX);
        assertThat(OfficeFormat.of(TestOffice.xlsxContainer())).hasValue(OfficeFormat.XLSX);
        assertThat(OfficeFormat.of(TestOffice.odtContainer())).hasValue(OfficeFormat.ODT);
        assertThat(OfficeFormat.of(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1,
            0x1a, (byte) 0xe1, 0})).hasValue(OfficeFormat.DOC);
    }

    @Test
    void otherArchivesBrokenOnesAndPdfsAreNotOfficeFiles() {
        assertThat(OfficeFormat.of(TestOffice.plainZip())).isEmpty();
        assertThat(OfficeFormat.of(new byte[] {'P', 'K', 3, 4, 1, 2, 3})).isEmpty();
        assertThat(OfficeFormat.of(TestPdfs.text("x"))).isEmpty();
    }
}
