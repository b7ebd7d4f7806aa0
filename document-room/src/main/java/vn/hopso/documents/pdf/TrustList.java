package vn.hopso.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The certificates a signature must chain to for HọpSố to call it trusted: the root (or intermediate) certificates of
 * the certification authorities the council accepts, for example the Vietnamese government CA. Empty by default:
 * then signatures are checked for integrity but none is called trusted.
 */
public final class TrustList {

    private final List<X509Certificate> certificates;

    private TrustList(List<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
    }

    public static TrustList none() {
        return new TrustList(List.of());
    }

    public static TrustList of(List<X509Certificate> certificates) {
        return new TrustList(certificates);
    }

    /**
     * The certificates of a PEM (or DER) file, one or several in a row.
     *
     * @throws IllegalArgumentException when the file cannot be read or holds no certificate, so that a wrong setting
     *     stops the server at start rather than making every signature untrusted in silence
     */
    public static TrustList read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> read = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
            if (read.isEmpty()) {
                throw new IllegalArgumentException("no certificate in the trust list " + file);
            }
            return new TrustList(read);
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException("the trust list " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    boolean isEmpty() {
        return certificates.isEmpty();
    }

    Set<TrustAnchor> anchors() {
        return certificates.stream().map(certificate -> new TrustAnchor(certificate, null)).collect(Collectors.toSet());
    }
}
