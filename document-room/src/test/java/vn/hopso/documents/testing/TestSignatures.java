package vn.hopso.documents.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signed PDFs made in the test, as a signing tool would make them: a certification authority of its own, a signer's
 * certificate it issued, and a detached CMS signature over the file's bytes saved as an incremental update.
 */
public final class TestSignatures {

    /** A certification authority and the certificate it issued to a named signer, with the signer's key. */
    public record Signer(X509Certificate authority, X509Certificate certificate, KeyPair keys) {
    }

    private TestSignatures() {
    }

    public static Signer signer(String authorityName, String signerName) {
        try {
            KeyPair authorityKeys = keys();
            KeyPair signerKeys = keys();
            X500Name authority = new X500Name("CN=" + authorityName + ", O=HọpSố thử, C=VN");
            X509Certificate root = certificate(authority, authorityKeys, authority, authorityKeys, true);
            X509Certificate issued = certificate(authority, authorityKeys,
                    new X500Name("CN=" + signerName + ", C=VN"), signerKeys, false);
            return new Signer(root, issued, signerKeys);
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PDF signed by {@code signer} with a signature of kind {@code subFilter}, saved incrementally. */
    public static byte[] signed(byte[] pdf, Signer signer, String subFilter) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(org.apache.pdfbox.cos.COSName.getPDFName(subFilter));
            signature.setName("Tên trong chữ ký");
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature, content -> {
                try {
                    CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                    generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.keys().getPrivate()),
                                    signer.certificate()));
                    generator.addCertificates(new JcaCertStore(List.of(signer.certificate(), signer.authority())));
                    return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
                } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                        | org.bouncycastle.cms.CMSException e) {
                    throw new IOException(e);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] signed(byte[] pdf, Signer signer) {
        return signed(pdf, signer, "ETSI.CAdES.detached");
    }

    /** The signed PDF saved again with a page added after the signature, as an editor would. */
    public static byte[] changedAfterSigning(byte[] signed) {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDPage added = new PDPage();
            document.addPage(added);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            added.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(X500Name issuer, KeyPair issuerKeys, X500Name subject, KeyPair keys,
            boolean authority) throws GeneralSecurityException, IOException,
            org.bouncycastle.operator.OperatorCreationException {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(authority ? 0 : 1)),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), subject,
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority
                ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }
}
