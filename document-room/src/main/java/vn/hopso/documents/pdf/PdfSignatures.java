package vn.hopso.documents.pdf;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.jspecify.annotations.Nullable;
import vn.hopso.documents.domain.SignatureCheck;
import vn.hopso.documents.domain.SignatureVerifier;
import vn.hopso.documents.domain.UnreadablePdf;

/**
 * The digital signatures of a PDF checked with PDFBox and Bouncy Castle, inside the {@link PdfLimits}: each detached
 * CMS signature (PAdES {@code ETSI.CAdES.detached}, or {@code adbe.pkcs7.detached}) is verified over the bytes it says
 * it covers, the file is called modified after signing when bytes follow what the signature covers, and the signer's
 * certificate is chained to the {@link TrustList} as of the signing time. Revocation is not checked: the server makes
 * no network calls, so a revoked certificate still chains.
 */
public final class PdfSignatures implements SignatureVerifier {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final PdfFiles files;
    private final Guarded guarded;
    private final TrustList trust;

    public PdfSignatures(PdfLimits limits, TrustList trust) {
        this.files = new PdfFiles(limits);
        this.guarded = new Guarded(limits);
        this.trust = trust;
    }

    @Override
    public List<SignatureCheck> verify(byte[] pdf) throws UnreadablePdf {
        files.check(pdf);
        return guarded.run("pdf-signatures", progress -> {
            try (PDDocument document = files.open(pdf, progress)) {
                List<SignatureCheck> checks = new ArrayList<>();
                for (PDSignature signature : document.getSignatureDictionaries()) {
                    checks.add(check(signature, pdf));
                }
                return List.copyOf(checks);
            }
        });
    }

    private SignatureCheck check(PDSignature signature, byte[] pdf) {
        String given = signature.getName() == null ? "" : signature.getName();
        Instant dated = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        String kind = signature.getSubFilter();
        if (!"ETSI.CAdES.detached".equals(kind) && !"adbe.pkcs7.detached".equals(kind)) {
            return SignatureCheck.unverifiable(given, dated, "Kiểu chữ ký số này chưa được hỗ trợ ("
                    + (kind == null ? "không rõ" : kind) + ").");
        }
        int[] range = signature.getByteRange();
        if (!covers(range, pdf.length)) {
            return SignatureCheck.unverifiable(given, dated, "Chữ ký số bị hỏng: vùng được ký không hợp lệ.");
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signedData(signature.getContents(pdf)));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return SignatureCheck.unverifiable(given, dated, "Chữ ký số bị hỏng: không có đúng một người ký.");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> held = cms.getCertificates().getMatches(signer.getSID());
            if (held.isEmpty()) {
                return SignatureCheck.unverifiable(given, dated, "Chữ ký số không kèm chứng thư số của người ký.");
            }
            X509CertificateHolder certificate = held.iterator().next();
            Instant signedAt = signingTime(signer);
            Instant when = signedAt != null ? signedAt : dated;
            String name = commonName(certificate);
            boolean intact = intact(signer, certificate);
            boolean modified = range[2] + range[3] != pdf.length;
            return new SignatureCheck(name.isEmpty() ? given : name, when, intact, modified,
                    intact && trusted(certificate, cms, when), null);
        } catch (CMSException | IOException | OperatorCreationException | GeneralSecurityException
                | RuntimeException e) {
            return SignatureCheck.unverifiable(given, dated, "Chữ ký số bị hỏng, không kiểm tra được.");
        }
    }

    /**
     * The CMS structure at the start of the signature's value: the value is padded with zeros to the room reserved for
     * it, which a parser of the whole value would read as more (and wrong) content.
     */
    private static ContentInfo signedData(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive first = in.readObject();
            if (first == null) {
                throw new IOException("an empty signature value");
            }
            return ContentInfo.getInstance(first);
        }
    }

    /** Two runs of bytes around the signature's own value, in order and inside the file. */
    private static boolean covers(int @Nullable [] range, int length) {
        return range != null && range.length == 4 && range[0] >= 0 && range[1] >= 0 && range[2] >= range[0] + range[1]
                && range[3] >= 0 && (long) range[2] + range[3] <= length;
    }

    private static boolean intact(SignerInformation signer, X509CertificateHolder certificate)
            throws CMSException, OperatorCreationException, GeneralSecurityException {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BOUNCY_CASTLE).build(
                    new JcaX509CertificateConverter().setProvider(BOUNCY_CASTLE).getCertificate(certificate)));
        } catch (CMSSignerDigestMismatchException changed) {
            return false;
        }
    }

    /** The signer's certificate leads, through those the signature carries, to one of the trust list's. */
    private boolean trusted(X509CertificateHolder signer, CMSSignedData cms, @Nullable Instant at) {
        if (trust.isEmpty()) {
            return false;
        }
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BOUNCY_CASTLE);
            List<X509Certificate> carried = new ArrayList<>();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = cms.getCertificates().getMatches(null);
            for (X509CertificateHolder holder : all) {
                carried.add(converter.getCertificate(holder));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(converter.getCertificate(signer));
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trust.anchors(), target);
            parameters.setRevocationEnabled(false);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(carried)));
            if (at != null) {
                parameters.setDate(Date.from(at));
            }
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException doesNotChain) {
            return false;
        }
    }

    private static @Nullable Instant signingTime(SignerInformation signer) {
        if (signer.getSignedAttributes() == null) {
            return null;
        }
        Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return null;
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        return Time.getInstance(value).getDate().toInstant();
    }

    private static String commonName(X509CertificateHolder certificate) {
        RDN[] names = certificate.getSubject().getRDNs(BCStyle.CN);
        return names.length == 0 ? "" : IETFUtils.valueToString(names[0].getFirst().getValue());
    }
}
