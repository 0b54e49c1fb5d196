package de.kommunale2030.plattform.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.kommunale2030.plattform.audit.format.Canonical;
import de.kommunale2030.plattform.audit.format.Entry;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to a tenant's chain inside the caller's transaction. A transaction-scoped advisory lock
 * per tenant serialises appenders of that tenant across all instances on the database and is held
 * until commit, so the next appender always builds on a committed predecessor; other tenants are
 * not held up. Entry times come from the database clock, read under the lock, so times never go
 * backwards along the chain even when the instances' clocks differ.
 */
@Component
class ChainWriter {

    /** First key of the two-key advisory locks this module takes ("AUDT"). */
    static final int LOCK_SPACE = 0x41554454;

    /**
     * Many entries in one statement, one array per column: PostgreSQL parses and plans it once, and
     * the driver sends each column as one value (COPY is not available under row-level security).
     * Time, request and client are the same for all entries of one append.
     */
    private static final String INSERT_MANY = """
            INSERT INTO audit.entry (tenant_id, seq, occurred_at, actor_type, actor_id, actor_roles, action,
                                     resource_type, resource_id, purpose, outcome, request_id, client, hash)
            SELECT ?, u.seq, ?, u.actor_type, u.actor_id, u.actor_roles, u.action, u.resource_type, u.resource_id,
                   u.purpose, u.outcome, ?, ?, u.hash
            FROM unnest(?::bigint[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::bytea[])
                 AS u(seq, actor_type, actor_id, actor_roles, action, resource_type, resource_id, purpose, outcome, hash)""";

    private static final String INSERT = """
            INSERT INTO audit.entry (tenant_id, seq, occurred_at, actor_type, actor_id, actor_roles, action,
                                     resource_type, resource_id, purpose, outcome, request_id, client, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    ChainWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The end of the tenant's chain, with the tenant locked until the transaction ends.
     */
    Head lock(TenantId tenant) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Audit entries are appended inside a transaction");
        }
        var head = jdbc.query("SELECT now, last_seq, last_hash, last_time FROM audit.lock_chain(?, ?)", rs -> {
            rs.next();
            var now = rs.getObject("now", OffsetDateTime.class).toInstant();
            var seq = rs.getLong("last_seq");
            if (rs.wasNull()) {
                return new Head(-1, null, now);
            }
            var last = rs.getObject("last_time", OffsetDateTime.class).toInstant();
            return new Head(seq, rs.getBytes("last_hash"), now.isBefore(last) ? last : now);
        }, tenant.value(), LOCK_SPACE);
        if (head.seq() >= 0) {
            return head;
        }
        return anchor(tenant, head.now());
    }

    /**
     * @return the entries as written, in sequence order
     */
    List<Written> append(TenantId tenant, Head head, List<AuditEvent> events, String requestId, String client) {
        var time = Canonical.microseconds(head.now());
        var seq = head.seq();
        var hash = head.hash();
        var written = new ArrayList<Written>(events.size());
        for (var event : events) {
            seq++;
            var entry = new Entry(tenant.value(), seq, time, event.actor().type().name(), event.actor().id(),
                    event.actor().grants().isEmpty() ? null : String.join(",", event.actor().grants()), event.action(),
                    event.resourceType(), event.resourceId(), event.purpose(), event.outcome().name(), requestId, client);
            hash = entry.chain(hash);
            written.add(new Written(entry, hash));
        }
        var at = OffsetDateTime.ofInstant(time, ZoneOffset.UTC);
        if (written.size() == 1) {
            var only = written.getFirst();
            var e = only.entry();
            jdbc.update(INSERT, tenant.value(), e.seq(), at, e.actorType(), e.actorId(), e.actorRoles(), e.action(),
                    e.resourceType(), e.resourceId(), e.purpose(), e.outcome(), requestId, client, only.hash());
        }
        else {
            insertMany(tenant, at, requestId, client, written);
        }
        return written;
    }

    private void insertMany(TenantId tenant, OffsetDateTime at, String requestId, String client, List<Written> written) {
        var n = written.size();
        var seqs = new Long[n];
        var columns = new String[7][n];
        var actorIds = new UUID[n];
        var hashes = new byte[n][];
        for (int i = 0; i < n; i++) {
            var e = written.get(i).entry();
            seqs[i] = e.seq();
            actorIds[i] = e.actorId();
            hashes[i] = written.get(i).hash();
            columns[0][i] = e.actorType();
            columns[1][i] = e.actorRoles();
            columns[2][i] = e.action();
            columns[3][i] = e.resourceType();
            columns[4][i] = e.resourceId();
            columns[5][i] = e.purpose();
            columns[6][i] = e.outcome();
        }
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (var insert = connection.prepareStatement(INSERT_MANY)) {
                insert.setObject(1, tenant.value());
                insert.setObject(2, at);
                insert.setString(3, requestId);
                insert.setString(4, client);
                insert.setArray(5, connection.createArrayOf("bigint", seqs));
                insert.setArray(6, connection.createArrayOf("text", columns[0]));
                insert.setArray(7, connection.createArrayOf("uuid", actorIds));
                for (int c = 1; c < columns.length; c++) {
                    insert.setArray(7 + c, connection.createArrayOf("text", columns[c]));
                }
                insert.setArray(14, connection.createArrayOf("bytea", hashes));
                return insert.executeUpdate();
            }
        });
    }

    /**
     * Where a chain without entries continues: after the newest checkpoint if pruning removed the
     * entries before it, otherwise at the beginning.
     */
    private Head anchor(TenantId tenant, Instant now) {
        var checkpoint = jdbc.query("SELECT seq, hash FROM audit.checkpoint WHERE tenant_id = ? ORDER BY seq DESC LIMIT 1",
                rs -> rs.next() ? new Head(rs.getLong("seq"), rs.getBytes("hash"), now) : null, tenant.value());
        return checkpoint != null ? checkpoint : new Head(0, Canonical.genesis(), now);
    }

    /**
     * @param now the time for the next entries: the database clock, or the last entry's time if that is later
     */
    record Head(long seq, byte[] hash, Instant now) {
    }

    record Written(Entry entry, byte[] hash) {
    }
}
