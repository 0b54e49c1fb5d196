package de.kommunale2030.plattform.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import de.kommunale2030.plattform.identity.SecurityEvents.TokenAdministered;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens of machine clients: {@code k2030_<tenant>_<token id>_<secret>}. The tenant in the
 * token only selects where to look; the token is found under that tenant's row-level security
 * and proven by its 256-bit secret, of which only a SHA-256 is stored.
 */
@Service
class ApiTokens {

    static final Duration LONGEST_VALIDITY = Duration.ofDays(366);

    private static final Pattern FORMAT = Pattern.compile(
            "k2030_([0-9a-f]{32})_([0-9a-f]{32})_([A-Za-z0-9_-]{43})");
    private static final Pattern SERVICE_ACCOUNT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TenantTransactions tenantTransactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, TenantTransactions tenantTransactions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tenantTransactions = tenantTransactions;
        this.events = events;
        this.clock = clock;
    }

    record Issued(UUID id, String token, Instant expiresAt) {

        @Override
        public String toString() {
            return "Issued[id=" + id + "]";
        }
    }

    record TokenView(UUID id, String serviceAccount, List<String> scopes, Instant createdAt, Instant expiresAt,
            Instant revokedAt, Instant lastUsedAt) {
    }

    /** Scopes a token may carry: any permission except issuing tokens and operating the platform. */
    static boolean grantable(Permission permission) {
        return permission != Permission.TOKEN_MANAGE && permission != Permission.TENANT_MANAGE;
    }

    @Transactional
    Issued issue(PlatformAuthentication admin, String serviceAccount, Set<String> scopes, Instant expiresAt) {
        if (serviceAccount == null || !SERVICE_ACCOUNT.matcher(serviceAccount).matches()) {
            throw new OrgUnits.InvalidInput("Der Name des Dienstkontos besteht aus 3 bis 64 Zeichen a-z, 0-9, Punkt, Bindestrich, Unterstrich.");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new OrgUnits.InvalidInput("Ein Token braucht mindestens eine Berechtigung.");
        }
        for (var scope : scopes) {
            if (Permission.byKey(scope).filter(ApiTokens::grantable).isEmpty()) {
                throw new OrgUnits.InvalidInput("Diese Berechtigung kann ein Token nicht erhalten: " + scope);
            }
        }
        var now = clock.instant();
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST_VALIDITY))) {
            throw new OrgUnits.InvalidInput("Ein Token muss ablaufen: spätestens nach einem Jahr.");
        }
        var id = UUID.randomUUID();
        var secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        jdbc.sql("""
                INSERT INTO identity.api_token (tenant_id, id, service_account, scopes, secret_hash, created_by,
                                                created_at, expires_at)
                VALUES (:tenant, :id, :service, :scopes, :hash, :admin, :now, :expires)
                """)
            .param("tenant", admin.tenant().value())
            .param("id", id)
            .param("service", serviceAccount)
            .param("scopes", scopes.stream().sorted().toArray(String[]::new))
            .param("hash", sha256(secret))
            .param("admin", admin.account())
            .param("now", Timestamp.from(now))
            .param("expires", Timestamp.from(expiresAt))
            .update();
        events.publishEvent(new TokenAdministered(admin.tenant().value(), id, admin.account(), false, now));
        return new Issued(id, "k2030_" + hex(admin.tenant().value()) + "_" + hex(id) + "_" + secret, expiresAt);
    }

    @Transactional(readOnly = true)
    List<TokenView> all() {
        return jdbc.sql("""
                SELECT id, service_account, scopes, created_at, expires_at, revoked_at, last_used_at
                  FROM identity.api_token ORDER BY created_at
                """).query((rs, row) -> new TokenView(rs.getObject("id", UUID.class), rs.getString("service_account"),
                Arrays.asList((String[]) rs.getArray("scopes").getArray()), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("last_used_at")))).list();
    }

    @Transactional
    boolean revoke(PlatformAuthentication admin, UUID id) {
        var now = clock.instant();
        var revoked = jdbc.sql("UPDATE identity.api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
            .param("id", id)
            .param("now", Timestamp.from(now))
            .update() == 1;
        if (revoked) {
            events.publishEvent(new TokenAdministered(admin.tenant().value(), id, admin.account(), true, now));
        }
        return revoked;
    }

    /**
     * @return the authentication for a valid, unexpired, unrevoked token; empty for anything else
     */
    Optional<TokenAuthentication> authenticate(String presented) {
        var matcher = presented == null ? null : FORMAT.matcher(presented);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        var tenant = new TenantId(uuid(matcher.group(1)));
        var id = uuid(matcher.group(2));
        var hash = sha256(matcher.group(3));
        var now = clock.instant();
        return tenantTransactions.callAs(tenant, () -> jdbc.sql("""
                SELECT scopes, secret_hash FROM identity.api_token
                 WHERE id = :id AND revoked_at IS NULL AND expires_at > :now
                """).param("id", id).param("now", Timestamp.from(now)).query((rs, row) -> new StoredToken(
                Arrays.asList((String[]) rs.getArray("scopes").getArray()), rs.getBytes("secret_hash")))
            .optional()
            .filter(stored -> MessageDigest.isEqual(stored.secretHash(), hash))
            .map(stored -> {
                jdbc.sql("UPDATE identity.api_token SET last_used_at = :now WHERE id = :id")
                    .param("id", id)
                    .param("now", Timestamp.from(now))
                    .update();
                return new TokenAuthentication(tenant, id, stored.scopes());
            }));
    }

    private record StoredToken(List<String> scopes, byte[] secretHash) {
    }

    /** The ids a presented token names, for security events about refused tokens. */
    static Optional<UUID[]> parts(String presented) {
        var matcher = presented == null ? null : FORMAT.matcher(presented);
        return matcher != null && matcher.matches()
                ? Optional.of(new UUID[] { uuid(matcher.group(1)), uuid(matcher.group(2)) }) : Optional.empty();
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String hex(UUID id) {
        return id.toString().replace("-", "");
    }

    private static UUID uuid(String hex) {
        return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
