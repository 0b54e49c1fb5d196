package de.kommunale2030.plattform.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import de.kommunale2030.plattform.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts of the bound tenant. Row-level security confines every statement to that tenant; the
 * caller binds it. State changes that must hold under concurrency (lockout counting, accepting a
 * TOTP step, using a recovery code) are single conditional statements, correct across instances.
 */
@Repository
class Accounts {

    /** Lock durations after the 1st, 2nd, … lockout in a row. */
    private static final List<Duration> LOCK_DURATIONS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(60));

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Account(UUID id, TenantId tenant, Username username, String passwordHash, boolean passwordChangeRequired,
            Set<Role> roles, boolean active, byte[] mfaSecret, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        boolean mfaEnrolled() {
            return mfaSecret != null;
        }
    }

    UUID create(TenantId tenant, Username username, String displayName, String passwordHash, Set<Role> roles) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO identity.account (tenant_id, id, username, display_name, password_hash,
                                              password_change_required, roles)
                VALUES (:tenant, :id, :username, :displayName, :hash, true, :roles)
                """)
            .param("tenant", tenant.value())
            .param("id", id)
            .param("username", username.value())
            .param("displayName", displayName)
            .param("hash", passwordHash)
            .param("roles", roles.stream().map(Role::name).sorted().toArray(String[]::new))
            .update();
        return id;
    }

    Optional<Account> findByUsername(Username username) {
        return jdbc.sql(SELECT + " WHERE username = :username").param("username", username.value()).query(Accounts::account)
            .optional();
    }

    Optional<Account> findById(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Accounts::account).optional();
    }

    /**
     * Counts a failed attempt. Reaching {@code threshold} failures within {@code window} locks the
     * account, for longer with every lockout in a row.
     *
     * @return the end of the lock, if this failure locked the account
     */
    Optional<Instant> recordFailure(UUID id, Instant now, int threshold, Duration window) {
        var failures = jdbc.sql("""
                UPDATE identity.account
                   SET failed_attempts = CASE WHEN first_failed_at IS NULL OR first_failed_at < :windowStart
                                              THEN 1 ELSE failed_attempts + 1 END,
                       first_failed_at = CASE WHEN first_failed_at IS NULL OR first_failed_at < :windowStart
                                              THEN :now ELSE first_failed_at END
                 WHERE id = :id
                RETURNING failed_attempts, lockouts
                """)
            .param("id", id)
            .param("now", Timestamp.from(now))
            .param("windowStart", Timestamp.from(now.minus(window)))
            .query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) })
            .optional();
        if (failures.isEmpty() || failures.get()[0] < threshold) {
            return Optional.empty();
        }
        var until = now.plus(LOCK_DURATIONS.get(Math.min(failures.get()[1], LOCK_DURATIONS.size() - 1)));
        jdbc.sql("""
                UPDATE identity.account
                   SET locked_until = :until, lockouts = lockouts + 1, failed_attempts = 0, first_failed_at = NULL
                 WHERE id = :id
                """).param("id", id).param("until", Timestamp.from(until)).update();
        return Optional.of(until);
    }

    void recordSuccess(UUID id) {
        jdbc.sql("""
                UPDATE identity.account
                   SET failed_attempts = 0, first_failed_at = NULL, locked_until = NULL, lockouts = 0
                 WHERE id = :id
                """).param("id", id).update();
    }

    void changePassword(UUID id, String passwordHash, Instant now) {
        jdbc.sql("""
                UPDATE identity.account
                   SET password_hash = :hash, password_change_required = false, password_changed_at = :now
                 WHERE id = :id
                """).param("id", id).param("hash", passwordHash).param("now", Timestamp.from(now)).update();
    }

    void rehash(UUID id, String passwordHash) {
        jdbc.sql("UPDATE identity.account SET password_hash = :hash WHERE id = :id")
            .param("id", id)
            .param("hash", passwordHash)
            .update();
    }

    void enrollSecondFactor(UUID id, byte[] sealedSecret, long acceptedStep, List<byte[]> recoveryCodeHashes,
            TenantId tenant) {
        var updated = jdbc.sql("""
                UPDATE identity.account SET mfa_secret = :secret, mfa_last_step = :step
                 WHERE id = :id AND mfa_secret IS NULL
                """).param("id", id).param("secret", sealedSecret).param("step", acceptedStep).update();
        if (updated != 1) {
            throw new IllegalStateException("The second factor is enrolled already");
        }
        jdbc.sql("DELETE FROM identity.recovery_code WHERE account_id = :id").param("id", id).update();
        for (var hash : recoveryCodeHashes) {
            jdbc.sql("INSERT INTO identity.recovery_code (tenant_id, account_id, code_hash) VALUES (:tenant, :id, :hash)")
                .param("tenant", tenant.value())
                .param("id", id)
                .param("hash", hash)
                .update();
        }
    }

    OptionalLong lastAcceptedStep(UUID id) {
        return jdbc.sql("SELECT mfa_last_step FROM identity.account WHERE id = :id")
            .param("id", id)
            .query((rs, row) -> {
                var step = rs.getLong(1);
                return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(step);
            })
            .single();
    }

    /** Accepts a TOTP step once: false when this step (or a later one) was accepted before. */
    boolean acceptStep(UUID id, long step) {
        return jdbc.sql("""
                UPDATE identity.account SET mfa_last_step = :step
                 WHERE id = :id AND (mfa_last_step IS NULL OR mfa_last_step < :step)
                """).param("id", id).param("step", step).update() == 1;
    }

    /** Uses a recovery code once: false when it is unknown or used already. */
    boolean useRecoveryCode(UUID id, byte[] hash, Instant now) {
        return jdbc.sql("""
                UPDATE identity.recovery_code SET used_at = :now
                 WHERE account_id = :id AND code_hash = :hash AND used_at IS NULL
                """).param("id", id).param("hash", hash).param("now", Timestamp.from(now)).update() == 1;
    }


    record Summary(UUID id, Username username, String displayName, Set<Role> roles, boolean active, boolean mfaEnrolled) {
    }

    List<Summary> all() {
        return jdbc.sql("""
                SELECT id, username, display_name, roles, active, mfa_secret IS NOT NULL AS mfa
                  FROM identity.account ORDER BY username
                """).query(Accounts::summary).list();
    }

    Optional<Summary> summary(UUID id) {
        return jdbc.sql("""
                SELECT id, username, display_name, roles, active, mfa_secret IS NOT NULL AS mfa
                  FROM identity.account WHERE id = :id
                """).param("id", id).query(Accounts::summary).optional();
    }

    void update(UUID id, String displayName, Set<Role> roles) {
        jdbc.sql("UPDATE identity.account SET display_name = :displayName, roles = :roles WHERE id = :id")
            .param("id", id)
            .param("displayName", displayName)
            .param("roles", roles.stream().map(Role::name).sorted().toArray(String[]::new))
            .update();
    }

    void deactivate(UUID id) {
        jdbc.sql("UPDATE identity.account SET active = false WHERE id = :id").param("id", id).update();
    }

    /** Removes the second factor and its recovery codes: the next sign-in enrols a new one. */
    void resetSecondFactor(UUID id) {
        jdbc.sql("UPDATE identity.account SET mfa_secret = NULL, mfa_last_step = NULL WHERE id = :id")
            .param("id", id)
            .update();
        jdbc.sql("DELETE FROM identity.recovery_code WHERE account_id = :id").param("id", id).update();
    }

    private static Summary summary(ResultSet rs, int row) throws SQLException {
        return new Summary(rs.getObject("id", UUID.class), new Username(rs.getString("username")),
                rs.getString("display_name"), roles(rs), rs.getBoolean("active"), rs.getBoolean("mfa"));
    }

    private static EnumSet<Role> roles(ResultSet rs) throws SQLException {
        var roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static final String SELECT = """
            SELECT id, tenant_id, username, password_hash, password_change_required, roles, active, mfa_secret, locked_until
              FROM identity.account""";

    private static Account account(ResultSet rs, int row) throws SQLException {
        var roles = roles(rs);
        var locked = rs.getTimestamp("locked_until");
        return new Account(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
                new Username(rs.getString("username")), rs.getString("password_hash"),
                rs.getBoolean("password_change_required"), roles, rs.getBoolean("active"), rs.getBytes("mfa_secret"),
                locked == null ? null : locked.toInstant());
    }
}
