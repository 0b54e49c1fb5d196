package de.kommunale2030.plattform.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.kommunale2030.plattform.audit.format.Canonical;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds entries of one tenant for auditors and the data protection officer, newest first, a page at
 * a time. Looking is itself recorded.
 */
@Component
class AuditSearch {

    static final int MAX_PAGE_SIZE = 200;

    private final JdbcTemplate jdbc;
    private final AuditLog log;
    private final TenantTransactions transactions;

    AuditSearch(JdbcTemplate jdbc, AuditLog log, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.log = log;
        this.transactions = transactions;
    }

    /**
     * @param action an action or an action prefix: {@code identity.sign-in} also finds
     *               {@code identity.sign-in.wrong-password}
     */
    record Filter(Instant from, Instant to, UUID actor, String action, String resourceType, String resourceId,
            Outcome outcome) {
    }

    record Found(long seq, String time, String actorType, UUID actorId, String actorRoles, String action,
            String resourceType, String resourceId, String purpose, String outcome, String requestId) {
    }

    record Page(List<Found> entries, int page, int size, boolean hasMore) {
    }

    Page search(TenantId tenant, Actor actor, Filter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Seite ab 0, Größe von 1 bis " + MAX_PAGE_SIZE + ".");
        }
        log.record(AuditEvent.of(tenant, actor, "audit.search", Outcome.ALLOWED).on("audit-log", tenant.value()));
        var sql = new StringBuilder("""
                SELECT seq, occurred_at, actor_type, actor_id, actor_roles, action, resource_type, resource_id, purpose,
                       outcome, request_id
                FROM audit.entry WHERE tenant_id = ?""");
        var parameters = new ArrayList<Object>(List.of(tenant.value()));
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= ?");
            parameters.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < ?");
            parameters.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        if (filter.actor() != null) {
            sql.append(" AND actor_id = ?");
            parameters.add(filter.actor());
        }
        if (filter.action() != null) {
            sql.append(" AND (action = ? OR starts_with(action, ?))");
            parameters.add(filter.action());
            parameters.add(filter.action() + ".");
        }
        if (filter.resourceType() != null) {
            sql.append(" AND resource_type = ?");
            parameters.add(filter.resourceType());
        }
        if (filter.resourceId() != null) {
            sql.append(" AND resource_id = ?");
            parameters.add(filter.resourceId());
        }
        if (filter.outcome() != null) {
            sql.append(" AND outcome = ?");
            parameters.add(filter.outcome().name());
        }
        sql.append(" ORDER BY seq DESC LIMIT ? OFFSET ?");
        parameters.add(size + 1);
        parameters.add((long) page * size);
        var rows = transactions.callAs(tenant, () -> jdbc.query(sql.toString(), (rs, row) -> new Found(rs.getLong("seq"),
                Canonical.time(rs.getObject("occurred_at", OffsetDateTime.class).toInstant()), rs.getString("actor_type"),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_roles"), rs.getString("action"),
                rs.getString("resource_type"), rs.getString("resource_id"), rs.getString("purpose"), rs.getString("outcome"),
                rs.getString("request_id")), parameters.toArray()));
        var hasMore = rows.size() > size;
        return new Page(hasMore ? rows.subList(0, size) : rows, page, size, hasMore);
    }
}
