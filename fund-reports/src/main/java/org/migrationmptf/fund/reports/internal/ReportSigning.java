package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.logging.Logger;
import org.migrationmptf.fund.reports.pdf.PdfSigner;

/**
 * The Administrative Agent's signing key for certified reports: in production a PKCS #12 key store
 * named by {@code FUND_SIGNING_KEYSTORE} (its password in {@code FUND_SIGNING_PASSWORD}, the first
 * key entry used); without one, a demo key generated at first use, and a warning in the log.
 */
@ApplicationScoped
class ReportSigning {

    private static final Logger LOG = Logger.getLogger(ReportSigning.class.getName());

    @Inject
    Clock clock;

    private volatile PdfSigner signer;

    PdfSigner signer() {
        PdfSigner current = signer;
        if (current == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = load();
                }
                current = signer;
            }
        }
        return current;
    }

    private PdfSigner load() {
        String store = System.getenv("FUND_SIGNING_KEYSTORE");
        if (store == null || store.isBlank()) {
            LOG.warning("FUND_SIGNING_KEYSTORE is not set: certified reports are signed with a generated demo key");
            return PdfSigner.withDemoKey(clock.instant());
        }
        char[] password = java.util.Optional.ofNullable(System.getenv("FUND_SIGNING_PASSWORD"))
                .orElse("")
                .toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(store))) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password);
            for (String alias : java.util.Collections.list(keys.aliases())) {
                if (keys.isKeyEntry(alias)) {
                    return new PdfSigner(
                            (PrivateKey) keys.getKey(alias, password), (X509Certificate) keys.getCertificate(alias));
                }
            }
            throw new IllegalStateException("the key store " + store + " holds no key");
        } catch (Exception e) {
            throw new IllegalStateException("the signing key store " + store + " could not be read", e);
        }
    }
}
