package de.kommunale2030.plattform.protection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's key and certificate: an operator's PKCS#12 keystore when configured, otherwise a
 * self-signed EC P-256 certificate for localhost that is generated on first start, kept in the
 * data directory and renewed when it has less than 30 days left.
 */
final class ServerCertificate {

    static final String ALIAS = "server";

    private static final Logger log = LoggerFactory.getLogger(ServerCertificate.class);
    private static final Duration VALIDITY = Duration.ofDays(397);
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private final KeyStore keyStore;
    private final String password;
    private final String alias;
    private final boolean generated;

    private ServerCertificate(KeyStore keyStore, String password, String alias, boolean generated) {
        this.keyStore = keyStore;
        this.password = password;
        this.alias = alias;
        this.generated = generated;
    }

    static ServerCertificate configured(Path keystore, String password) {
        try {
            var store = load(keystore, password);
            var alias = Collections.list(store.aliases()).stream().filter(a -> isKeyEntry(store, a)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The keystore " + keystore + " holds no private key"));
            return new ServerCertificate(store, password, alias, false);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The TLS keystore " + keystore + " cannot be read", e);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("The TLS keystore " + keystore + " cannot be read", e);
        }
    }

    static ServerCertificate generatedIn(Path directory, String password) {
        var file = directory.resolve("localhost.p12");
        try {
            if (Files.exists(file)) {
                var store = load(file, password);
                var existing = new ServerCertificate(store, password, ALIAS, true);
                if (existing.validUntil().isAfter(Instant.now().plus(RENEW_BEFORE))) {
                    return existing;
                }
                log.info("The generated TLS certificate expires soon; generating a new one");
            }
            var store = selfSigned(password);
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            var temporary = Files.createTempFile(directory, ".localhost-", ".p12",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password.toCharArray());
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.info("Generated a self-signed TLS certificate for localhost in {}", file);
            return new ServerCertificate(store, password, ALIAS, true);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The TLS certificate in " + directory + " cannot be created", e);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("The TLS certificate cannot be created", e);
        }
    }

    private static KeyStore selfSigned(String password) throws GeneralSecurityException, IOException {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        var keyPair = generator.generateKeyPair();
        var now = Instant.now();
        var subject = new X500Name("CN=localhost, O=Kommunale 2030 Plattform");
        var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(127, new SecureRandom()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(VALIDITY)), subject, keyPair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.dNSName, "localhost"),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                        new GeneralName(GeneralName.iPAddress, InetAddress.getByName("::1").getHostAddress()) }));
        X509Certificate certificate;
        try {
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate());
            certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        }
        catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
        var store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, keyPair.getPrivate(), password.toCharArray(), new Certificate[] { certificate });
        return store;
    }

    private static KeyStore load(Path file, String password) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            var store = KeyStore.getInstance("PKCS12");
            store.load(in, password == null ? null : password.toCharArray());
            return store;
        }
        catch (GeneralSecurityException e) {
            throw new IOException("Not a PKCS#12 keystore, or the password is wrong", e);
        }
    }

    private static boolean isKeyEntry(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        }
        catch (GeneralSecurityException e) {
            return false;
        }
    }

    Instant validUntil() {
        try {
            return ((X509Certificate) keyStore.getCertificate(alias)).getNotAfter().toInstant();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    KeyStore keyStore() {
        return keyStore;
    }

    String password() {
        return password;
    }

    String alias() {
        return alias;
    }

    boolean generated() {
        return generated;
    }
}
