package de.kommunale2030.plattform.audit;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.UUID;

import de.kommunale2030.plattform.CliRun;
import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.audit.format.Canonical;
import de.kommunale2030.plattform.audit.format.Checkpoint;
import de.kommunale2030.plattform.audit.format.Entry;
import de.kommunale2030.plattform.audit.format.ExportVerifier;
import de.kommunale2030.plattform.audit.format.Verification;
import de.kommunale2030.plattform.identity.Username;
import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Retention: entries older than the tenant's period go, up to a signed checkpoint that anchors the
 * rest, and only that way. Years of history cannot be waited for, so each test starts from a chain
 * whose first 3,000 entries lie 36 to 13 months back: written as a database administrator would
 * restore them, chained and signed exactly as the platform does (no clock of the platform is bent).
 */
class AuditRetentionTests extends PlatformTest {

    static final int OLD_ENTRIES = 3000;

    @Autowired
    AuditLog log;

    @Autowired
    AuditRetention retention;

    @Autowired
    ChainVerification verification;

    @Autowired
    AuditExports exports;

    @Autowired
    AuditKeys keys;

    @Autowired
    CheckpointFile checkpointFile;


    @Test
    void entriesPastTheRetentionPeriodGoUpToACheckpointAndTheRestStillVerifies() {
        var tenant = tenantWithHistory();
        assertIntact(tenant, OLD_ENTRIES + 5);

        var pruned = retention.prune(tenant, Actor.commandLine()).orElseThrow();
        // entries up to about 1,565 are older than 24 months; the newest checkpoint among them is 1000
        assertThat(pruned).isEqualTo(new AuditRetention.Pruned(1000, 1000));
        var result = assertIntact(tenant, OLD_ENTRIES + 5 - 1000 + 1);
        assertThat(result.checkpoints()).as("the anchor, 2000, 3000 and perhaps one signed on time").isGreaterThanOrEqualTo(3);
        assertThat(retention.policy(tenant)).isEqualTo(new AuditRetention.Policy(24, 1000));
        assertThat(lastEntry(tenant)).isEqualTo("audit.prune audit-entry 1000 CLI");
        assertThat(retention.prune(tenant, Actor.commandLine())).as("nothing more is due").isEmpty();

        var export = new StringWriter();
        var tenantRecord = tenants.findById(tenant).orElseThrow();
        exports.export(tenantRecord, Actor.commandLine(), null, null, AuditExports.Format.JSONL, export);
        var offline = new ExportVerifier().verify(new ByteArrayInputStream(export.toString().getBytes(StandardCharsets.UTF_8)),
                keys.signingKey().publicKey().fingerprint());
        assertThat(offline.intact()).as(String.valueOf(offline.problem())).isTrue();
        assertThat(offline.entries()).isEqualTo(OLD_ENTRIES + 5 - 1000 + 2);

        // a shorter period, set by the data protection officer, lets the next pruning go further
        retention.change(tenant, Actor.commandLine(), 12);
        assertThat(lastEntry(tenant)).isEqualTo("audit.retention.changed audit-retention P12M CLI");
        assertThat(retention.prune(tenant, Actor.system())).hasValue(new AuditRetention.Pruned(3000, 2000));
        assertIntact(tenant, 5 + 4);
        assertThat(lastEntry(tenant)).isEqualTo("audit.prune audit-entry 3000 SYSTEM");
    }

    @Test
    void operatorsSetThePeriodAndPruneAtTheCommandLine() {
        var ags = tenants.findById(tenantWithHistory()).orElseThrow().ags().value();
        var set = CliRun.on(DATA_DIRECTORY, "audit", "retention", "--tenant", ags, "--months", "12");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo("{\"tenant\":\"" + ags + "\",\"months\":12,\"prunedUpTo\":0}");
        var pruned = CliRun.on(DATA_DIRECTORY, "audit", "prune", "--tenant", ags);
        assertThat(pruned.code()).as(pruned.err()).isZero();
        assertThat(pruned.out()).contains("\"prunedUpTo\":3000");
        assertThat(pruned.err()).contains("Einträge bis 3000 gelöscht");
        assertThat(CliRun.on(DATA_DIRECTORY, "audit", "verify", "--tenant", ags).code()).isZero();
    }

    @Test
    void entriesRemovedBeyondTheRecordedPruningAreFound() throws SQLException {
        var tenant = tenantWithHistory();
        retention.prune(tenant, Actor.system()).orElseThrow();
        asSuperuser("DELETE FROM audit.entry WHERE tenant_id = ? AND seq <= 2000", tenant);
        asSuperuser("DELETE FROM audit.checkpoint WHERE tenant_id = ? AND seq < 2000", tenant);
        var result = verification.verify(tenant);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSeq()).isEqualTo(1001);
        assertThat(result.problem()).contains("1001 bis 2000", "ohne dass ihre Löschung");
    }

    @Test
    void aForgedPruneRecordAfterTheNewestCheckpointCannotHideTheRemovalOfYoungEntries() throws SQLException {
        var tenant = bareTenant("Gemeinde Frischhausen");
        var events = new ArrayList<AuditEvent>();
        for (int i = 0; i < 3000; i++) {
            events.add(AuditEvent.of(tenant, Actor.user(new UUID(0, 7)), "records.case.read", Outcome.ALLOWED).on("case", i));
        }
        log.recordAll(events);
        var head = stored(tenant, 3000);
        asSuperuser("DELETE FROM audit.entry WHERE tenant_id = ? AND seq <= 2000", tenant);
        asSuperuser("DELETE FROM audit.checkpoint WHERE tenant_id = ? AND seq < 2000", tenant);
        // the administrator appends a prune record naming checkpoint 2000, correctly chained
        var forged = new Entry(tenant.value(), 3001, head.entry().time(), "SYSTEM", null, null, "audit.prune", "audit-entry",
                "2000", null, "ALLOWED", null, null);
        insertAsSuperuser(java.util.List.of(new AuditTrail.Stored(forged, forged.chain(head.hash()))));

        var result = verification.verify(tenant);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSeq()).isEqualTo(1);
        assertThat(result.problem()).contains("jünger als die kürzeste Aufbewahrungsfrist");
    }

    @Test
    void theDatabaseRefusesToPruneYoungEntriesEntriesWithoutACheckpointAndOtherTenants() {
        var tenant = tenantWithHistory();
        var other = tenantWithHistory();
        assertRefused(tenant, tenant, 2000, "within the retention period");
        assertRefused(tenant, tenant, 900, "only up to a signed checkpoint");
        // row-level security applies inside the function too: the other tenant's checkpoints are invisible
        assertRefused(tenant, other, 1000, "only up to a signed checkpoint");
        assertThat(verification.verify(tenant).entries()).isEqualTo(OLD_ENTRIES + 5);
        assertThat(verification.verify(other).entries()).isEqualTo(OLD_ENTRIES + 5);
    }

    @Test
    void aRetentionPeriodOutsideSixToThreeHundredSixtyMonthsIsRefused() {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Kurzfrist", Username.of("admin")).tenant().id();
        for (var months : new int[] { 0, 5, 361, -24 }) {
            assertThatThrownBy(() -> retention.change(tenant, Actor.commandLine(), months))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zwischen 6 und 360 Monaten");
        }
        assertThat(retention.policy(tenant).months()).isEqualTo(24);
        assertThat(retention.change(tenant, Actor.commandLine(), 6).months()).isEqualTo(6);
    }

    void assertRefused(TenantId bound, TenantId named, long anchor, String reason) {
        assertThatThrownBy(() -> inTenant(bound, () -> jdbc.sql("SELECT audit.prune(:t, :space, :anchor)")
            .param("t", named.value())
            .param("space", ChainWriter.LOCK_SPACE)
            .param("anchor", anchor)
            .query(Long.class)
            .single()))
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining(reason);
    }

    Verification assertIntact(TenantId tenant, long entries) {
        var result = verification.verify(tenant);
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.entries()).isEqualTo(entries);
        return result;
    }

    String lastEntry(TenantId tenant) {
        return inTenant(tenant, () -> jdbc.sql("""
                SELECT action || ' ' || resource_type || ' ' || resource_id || ' ' || actor_type FROM audit.entry
                WHERE tenant_id = :t ORDER BY seq DESC LIMIT 1""").param("t", tenant.value()).query(String.class).single());
    }

    AuditTrail.Stored stored(TenantId tenant, long seq) {
        var found = new ArrayList<AuditTrail.Stored>();
        inTenant(tenant, () -> {
            trail.stream(tenant, seq, seq, found::add);
            return null;
        });
        return found.getFirst();
    }

    @Autowired
    AuditTrail trail;

    /**
     * A new tenant whose chain holds {@value #OLD_ENTRIES} entries from 36 to 13 months ago with
     * checkpoints at every thousandth, signed with the platform's key and witnessed in the checkpoint
     * file, followed by five entries written now.
     */
    TenantId tenantWithHistory() {
        var tenant = bareTenant("Gemeinde Altbestand");
        var now = ZonedDateTime.now(ZoneOffset.UTC);
        var start = now.minusMonths(36).toInstant().truncatedTo(ChronoUnit.MICROS);
        var step = ChronoUnit.MICROS.between(start, now.minusMonths(13).toInstant()) / OLD_ENTRIES;
        var hash = Canonical.genesis();
        var history = new ArrayList<AuditTrail.Stored>();
        var signed = new ArrayList<Checkpoint>();
        for (int seq = 1; seq <= OLD_ENTRIES; seq++) {
            Instant time = start.plus(step * seq, ChronoUnit.MICROS);
            var entry = new Entry(tenant.value(), seq, time, "USER", new UUID(0, seq % 11 + 1), "SACHBEARBEITUNG",
                    "records.case.read", "case", "c-" + seq % 97, "grundsteuer", "ALLOWED", UUID.randomUUID().toString(), null);
            hash = entry.chain(hash);
            history.add(new AuditTrail.Stored(entry, hash));
            if (seq % 1000 == 0) {
                signed.add(Checkpoint.sign(tenant.value(), seq, hash, time.plusSeconds(60), keys.signingKey()));
            }
        }
        try {
            insertAsSuperuser(history);
            try (var connection = superuser(); var insert = connection.prepareStatement(
                    "INSERT INTO audit.checkpoint (tenant_id, seq, hash, signed_at, key_id, signature) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (var checkpoint : signed) {
                    insert.setObject(1, tenant.value());
                    insert.setLong(2, checkpoint.seq());
                    insert.setBytes(3, checkpoint.hash());
                    insert.setObject(4, checkpoint.signedAt().atOffset(ZoneOffset.UTC));
                    insert.setString(5, checkpoint.keyId());
                    insert.setBytes(6, checkpoint.signature());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        signed.forEach(checkpointFile::append);
        for (int i = 0; i < 5; i++) {
            log.record(AuditEvent.of(tenant, Actor.system(), "records.case.read", Outcome.ALLOWED).on("case", "c-now-" + i));
        }
        return tenant;
    }

    void insertAsSuperuser(java.util.List<AuditTrail.Stored> entries) throws SQLException {
        try (var connection = superuser(); var insert = connection.prepareStatement("""
                INSERT INTO audit.entry (tenant_id, seq, occurred_at, actor_type, actor_id, actor_roles, action, resource_type,
                                         resource_id, purpose, outcome, request_id, client, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (var stored : entries) {
                var e = stored.entry();
                insert.setObject(1, e.tenant());
                insert.setLong(2, e.seq());
                insert.setObject(3, e.time().atOffset(ZoneOffset.UTC));
                insert.setString(4, e.actorType());
                insert.setObject(5, e.actorId());
                insert.setString(6, e.actorRoles());
                insert.setString(7, e.action());
                insert.setString(8, e.resourceType());
                insert.setString(9, e.resourceId());
                insert.setString(10, e.purpose());
                insert.setString(11, e.outcome());
                insert.setString(12, e.requestId());
                insert.setString(13, e.client());
                insert.setBytes(14, stored.hash());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
