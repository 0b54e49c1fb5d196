package de.kommunale2030.plattform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Consumer;

import de.kommunale2030.plattform.audit.format.Canonical;
import de.kommunale2030.plattform.audit.format.Entry;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a tenant's chain in sequence order, streaming, for verification and export. Must run in a
 * transaction bound to the tenant (the driver streams only inside one).
 */
@Component
class AuditTrail {

    private static final String COLUMNS = "seq, occurred_at, actor_type, actor_id, actor_roles, action, resource_type, "
            + "resource_id, purpose, outcome, request_id, client, hash";

    private final JdbcTemplate streaming;

    AuditTrail(JdbcTemplate jdbc) {
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(2000);
    }

    /** Entries with {@code fromSeq <= seq <= toSeq}, in order. */
    void stream(TenantId tenant, long fromSeq, long toSeq, Consumer<Stored> consumer) {
        streaming.query("SELECT " + COLUMNS + " FROM audit.entry WHERE tenant_id = ? AND seq BETWEEN ? AND ? ORDER BY seq",
                rs -> {
                    consumer.accept(stored(tenant.value(), rs));
                }, tenant.value(), fromSeq, toSeq);
    }

    /** The sequence numbers at the ends of the chain, or of its part between two times. */
    Range range(TenantId tenant, Instant from, Instant to) {
        return streaming.query("""
                SELECT min(seq), max(seq) FROM audit.entry
                WHERE tenant_id = ? AND (?::timestamptz IS NULL OR occurred_at >= ?) AND (?::timestamptz IS NULL OR occurred_at < ?)""",
                rs -> {
                    rs.next();
                    var first = rs.getLong(1);
                    return rs.wasNull() ? null : new Range(first, rs.getLong(2));
                }, tenant.value(), at(from), at(from), at(to), at(to));
    }

    /** The hash before {@code seq}: the stored predecessor, or the genesis; {@code null} if the predecessor is missing. */
    byte[] hashBefore(TenantId tenant, long seq) {
        if (seq == 1) {
            return Canonical.genesis();
        }
        return streaming.query("SELECT hash FROM audit.entry WHERE tenant_id = ? AND seq = ?",
                rs -> rs.next() ? rs.getBytes(1) : null, tenant.value(), seq - 1);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static Stored stored(UUID tenant, ResultSet rs) throws SQLException {
        var actorId = rs.getObject("actor_id", UUID.class);
        var entry = new Entry(tenant, rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_type"), actorId, rs.getString("actor_roles"), rs.getString("action"),
                rs.getString("resource_type"), rs.getString("resource_id"), rs.getString("purpose"),
                rs.getString("outcome"), rs.getString("request_id"), rs.getString("client"));
        return new Stored(entry, rs.getBytes("hash"));
    }

    record Stored(Entry entry, byte[] hash) {
    }

    record Range(long firstSeq, long lastSeq) {
    }
}
