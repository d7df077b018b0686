package org.migrationmptf.fund.reports.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF for the Administrative Agent, PAdES baseline B: an invisible signature whose CMS is
 * CAdES detached ({@code ETSI.CAdES.detached}) over the file's byte range, SHA-256 with RSA, carrying
 * the signing certificate (ESS signing-certificate-v2) and no signing-time attribute (the time is the
 * signature dictionary's {@code /M}). The signature is an incremental update, so the signed file still
 * holds the original report's bytes, and any changed byte in the range breaks the signature.
 */
public final class PdfSigner {

    /** Room for the CMS in the file: a certificate chain of a few kilobytes, hex-encoded. */
    private static final int CMS_ROOM = 16_384;

    private final PrivateKey key;
    private final X509Certificate certificate;

    public PdfSigner(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /**
     * A signer with a freshly generated RSA key and a self-signed certificate naming the Administrative
     * Agent (demo key): for demos and tests, never for production, where the key comes from the
     * environment ({@code FUND_SIGNING_KEYSTORE}).
     */
    public static PdfSigner withDemoKey(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=Migration MPTF Administrative Agent (demo key), O=Migration MPTF");
            Instant from = now.truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS);
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    name,
                                    BigInteger.valueOf(now.toEpochMilli()),
                                    Date.from(from),
                                    Date.from(from.plus(3650, ChronoUnit.DAYS)),
                                    name,
                                    pair.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new PdfSigner(pair.getPrivate(), certificate);
        } catch (Exception e) {
            throw new IllegalStateException("no demo signing key could be made", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The PDF, signed at {@code at} with the given reason (for example "Certified Funding Status"). */
    public byte[] sign(byte[] pdf, Instant at, String reason) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0', null, true);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            when.setTimeInMillis(at.toEpochMilli());
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            appearance.setSignDate(when);
            appearance.setReason(reason);
            appearance.setLocation("New York");
            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, new PdfName("ETSI.CAdES.detached"));
            dictionary.setDate(new PdfDate(when));
            dictionary.setReason(reason);
            dictionary.setName(certificate.getSubjectX500Principal().getName());
            appearance.setCryptoDictionary(dictionary);
            appearance.preClose(Map.of(PdfName.CONTENTS, CMS_ROOM * 2 + 2));

            byte[] cms = cms(appearance.getRangeStream().readAllBytes());
            if (cms.length > CMS_ROOM) {
                throw new IllegalStateException("the signature needs " + cms.length + " bytes, more than " + CMS_ROOM);
            }
            byte[] padded = java.util.Arrays.copyOf(cms, CMS_ROOM);
            PdfDictionary update = new PdfDictionary();
            update.put(PdfName.CONTENTS, new PdfString(padded).setHexWriting(true));
            appearance.close(update);
            return out.toByteArray();
        } catch (java.io.IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("the report could not be signed", e);
        }
    }

    private byte[] cms(byte[] signedBytes) {
        try {
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(certificateHash)}))));
            DefaultSignedAttributeTableGenerator standard =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            // PAdES: the time is the signature dictionary's, not a CMS attribute
                            .setSignedAttributeGenerator(parameters ->
                                    standard.getAttributes(parameters).remove(CMSAttributes.signingTime))
                            .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator
                    .generate(new CMSProcessableByteArray(signedBytes), false)
                    .getEncoded("DER");
        } catch (Exception e) {
            throw new IllegalStateException("the signature could not be computed", e);
        }
    }
}
