package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hopso.documents.testing.TestPdfs;
import vn.hopso.documents.testing.TestSignatures;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ApiClient.Upload;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.TestS3;

/**
 * Digital signatures of uploaded PDFs, through HTTP against PostgreSQL and an S3 endpoint, with a trust list file
 * holding one certification authority: each is checked at upload and shown with the document to its readers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentSignatureSystemTest extends ServerTest {

    private static final String BUCKET = "hopso-signatures";
    private static final TestS3 S3 = TestS3.start();
    private static final TestSignatures.Signer TRUSTED = TestSignatures.signer("CA Chính phủ thử", "Nguyễn Văn Ký");
    private static final byte[] DRAFT = TestPdfs.text("Dự thảo nghị quyết về phí tham quan", "Điều 1. Mức thu");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        S3.serve(registry, BUCKET);
        registry.add("hopso.documents.trusted-certificates", () -> pem(TRUSTED).toString());
    }

    private ApiClient secretariat;
    private ApiClient delegate;
    private String sitting;

    @BeforeAll
    void prepare() {
        S3.createBucket(BUCKET);
        Organisation council = fixtures().council("HĐND tỉnh Chữ Ký");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        delegate = login(fixtures().member(council, Role.DELEGATE));
        SecretariatShelf shelf = new SecretariatShelf(secretariat, council);
        sitting = shelf.sitting(shelf.session(), false);
    }

    @AfterAll
    void stopS3() {
        S3.close();
    }

    @Test
    void aSignedPdfShowsItsSignerAndWhetherItIsIntactUnchangedAndTrusted() {
        Instant before = Instant.now().minusSeconds(60);
        JsonNode valid = signatureOf(upload("Đã ký.pdf", TestSignatures.signed(DRAFT, TRUSTED)));
        assertThat(valid.get("signer").asString()).isEqualTo("Nguyễn Văn Ký");
        assertThat(Instant.parse(valid.get("signedAt").asString())).isAfter(before);
        assertThat(valid.get("intact").asBoolean()).isTrue();
        assertThat(valid.get("modifiedAfterSigning").asBoolean()).isFalse();
        assertThat(valid.get("trusted").asBoolean()).isTrue();
        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(valid.get("problem").isNull()).isTrue();

        JsonNode stranger = signatureOf(upload("Ký lạ.pdf",
                TestSignatures.signed(DRAFT, TestSignatures.signer("CA lạ", "Người lạ"))));
        assertThat(stranger.get("intact").asBoolean()).isTrue();
        assertThat(stranger.get("trusted").asBoolean()).isFalse();
        assertThat(stranger.get("valid").asBoolean()).isFalse();

        JsonNode changed = signatureOf(upload("Sửa sau khi ký.pdf",
                TestSignatures.changedAfterSigning(TestSignatures.signed(DRAFT, TRUSTED))));
        assertThat(changed.get("modifiedAfterSigning").asBoolean()).isTrue();
        assertThat(changed.get("valid").asBoolean()).isFalse();

        String unsigned = upload("Chưa ký.pdf", DRAFT);
        assertThat(delegate.get("/api/documents/" + unsigned).body().get("signatures")).isEmpty();
        JsonNode listed = delegate.get("/api/sittings/" + sitting + "/documents").body();
        assertThat(listed.valueStream().filter(entry -> entry.get("signatures").size() == 1).count()).isEqualTo(3);
    }

    @Test
    void aNewVersionIsCheckedOnItsOwn() {
        String id = upload("Bản 1 đã ký.pdf", TestSignatures.signed(DRAFT, TRUSTED));
        ApiClient.Response replaced = secretariat.upload("/api/documents/" + id + "/versions", Map.of(), "file",
                List.of(new Upload("Bản 2 chưa ký.pdf", TestPdfs.text("Dự thảo đã sửa"))));
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(201);
        assertThat(replaced.body().get("signatures")).as("the signature was of the first version").isEmpty();
    }

    private String upload(String name, byte[] pdf) {
        ApiClient.Response uploaded = secretariat.upload("/api/sittings/" + sitting + "/documents",
                Map.of("kind", "DRAFT_RESOLUTION"), List.of(new Upload(name, pdf)));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(200);
        assertThat(uploaded.body().get(0).get("status").asString()).as(uploaded.raw()).isEqualTo("READY");
        String id = uploaded.body().get(0).get("documentId").asString();
        assertThat(secretariat.put("/api/documents/" + id,
                SecretariatShelf.settings(name, "DELEGATES", List.of(), null)).status()).isEqualTo(200);
        return id;
    }

    private JsonNode signatureOf(String id) {
        JsonNode signatures = delegate.get("/api/documents/" + id).body().get("signatures");
        assertThat(signatures).hasSize(1);
        return signatures.get(0);
    }

    private static Path pem(TestSignatures.Signer signer) {
        try {
            Path file = Files.createTempFile("hopso-trust-", ".pem");
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(signer.authority().getEncoded());
            Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
