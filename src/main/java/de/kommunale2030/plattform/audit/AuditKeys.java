package de.kommunale2030.plattform.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import de.kommunale2030.plattform.audit.format.SigningKey;
import de.kommunale2030.plattform.secrets.SecretStore;
import org.springframework.stereotype.Component;

/**
 * The module's keys, kept in the secret store and never in the database: the application role
 * can write audit rows but cannot sign a checkpoint, so rewriting the chain shows.
 */
@Component
class AuditKeys {

    private final SigningKey signingKey;
    private final SecretKeySpec clientKey;

    AuditKeys(SecretStore secrets) {
        this.signingKey = new SigningKey(Base64.getUrlDecoder().decode(secrets.getOrCreate("audit-signing-key")));
        this.clientKey = new SecretKeySpec(Base64.getUrlDecoder().decode(secrets.getOrCreate("audit-client-key")),
                "HmacSHA256");
    }

    SigningKey signingKey() {
        return signingKey;
    }

    /**
     * A client address is personal data, so the log keeps a keyed hash of it (128 bits, hex): whoever
     * holds the key can test whether a given address acted, an export reveals none.
     */
    String pseudonymise(String clientAddress) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(clientKey);
            var digest = mac.doFinal(clientAddress.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        }
        catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
