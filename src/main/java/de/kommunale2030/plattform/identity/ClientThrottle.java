package de.kommunale2030.plattform.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits sign-in attempts per client address across all instances: a fixed window counter in
 * PostgreSQL, keyed by an HMAC of the address so that no address is stored in clear.
 */
@Component
class ClientThrottle {

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final byte[] key;

    ClientThrottle(JdbcClient jdbc, IdentitySettings settings, IdentityKeys keys) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.key = Base64.getUrlDecoder().decode(keys.clientAddressKey());
    }

    /** Counts an attempt; false when the address has used up its attempts in this window. */
    @Transactional
    boolean tryAttempt(String clientAddress, Instant now) {
        var windowSeconds = settings.clientWindow().toSeconds();
        var windowStart = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), windowSeconds) * windowSeconds);
        var attempts = jdbc.sql("""
                INSERT INTO identity.login_throttle (client_hash, window_start, attempts) VALUES (:client, :window, 1)
                ON CONFLICT (client_hash, window_start) DO UPDATE SET attempts = login_throttle.attempts + 1
                RETURNING attempts
                """)
            .param("client", hash(clientAddress))
            .param("window", Timestamp.from(windowStart))
            .query(Integer.class)
            .single();
        return attempts <= settings.clientAttempts();
    }

    /** Old windows are worthless; every instance may run this, it is idempotent. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @Transactional
    void forgetOldWindows() {
        jdbc.sql("DELETE FROM identity.login_throttle WHERE window_start < :before")
            .param("before", Timestamp.from(Instant.now().minus(settings.clientWindow().multipliedBy(2))))
            .update();
    }

    private byte[] hash(String clientAddress) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
