package de.kommunale2030.plattform.audit;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.audit.format.Checkpoint;
import de.kommunale2030.plattform.audit.format.SigningKey;
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
 * The chain in the database against an adversary: a database superuser who changes, removes,
 * inserts and reorders rows behind the application's back, and the application role itself.
 */
class AuditChainTests extends PlatformTest {

    static final int ENTRIES = 10_000;

    @Autowired
    AuditLog log;

    @Autowired
    ChainVerification verification;

    @Autowired
    CheckpointFile checkpointFile;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    AuditExports exports;

    @Autowired
    AuditTrail trail;


    @Test
    void anUntouchedChainOfTenThousandEntriesVerifiesWithACheckpointPerThousand() {
        var tenant = tenantWithChain();
        var result = verification.verify(tenant);
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.entries()).isEqualTo(ENTRIES);
        assertThat(result.checkpoints()).isEqualTo(10);
        assertThat(checkpointFile.read(tenant.value())).hasSize(10);
    }

    @Test
    void aFlippedByteIsFoundAtItsSequenceNumber() throws SQLException {
        var tenant = tenantWithChain();
        asSuperuser("UPDATE audit.entry SET resource_id = resource_id || 'x' WHERE tenant_id = ? AND seq = 4711", tenant);
        assertBrokenAt(tenant, 4711);
    }

    @Test
    void aChangedHashIsFoundAtItsSequenceNumber() throws SQLException {
        var tenant = tenantWithChain();
        asSuperuser("UPDATE audit.entry SET hash = set_byte(hash, 0, get_byte(hash, 0) # 1) WHERE tenant_id = ? AND seq = 6000",
                tenant);
        assertBrokenAt(tenant, 6000);
    }

    @Test
    void aChangedTimestampIsFoundAtItsSequenceNumber() throws SQLException {
        var tenant = tenantWithChain();
        asSuperuser("UPDATE audit.entry SET occurred_at = occurred_at - interval '1 hour' WHERE tenant_id = ? AND seq = 123",
                tenant);
        assertBrokenAt(tenant, 123);
    }

    @Test
    void aDeletedEntryIsFoundWhereItIsMissing() throws SQLException {
        var tenant = tenantWithChain();
        asSuperuser("DELETE FROM audit.entry WHERE tenant_id = ? AND seq = 5001", tenant);
        assertBrokenAt(tenant, 5001);
    }

    @Test
    void anInsertedEntryIsFoundWhereItWasInserted() throws SQLException {
        var tenant = tenantWithChain();
        // room for a forged entry at 2500: every later entry moves up by one
        asSuperuser("UPDATE audit.entry SET seq = seq + 100000 WHERE tenant_id = ? AND seq >= 2500", tenant);
        asSuperuser("UPDATE audit.entry SET seq = seq - 100000 + 1 WHERE tenant_id = ? AND seq > 100000", tenant);
        asSuperuser("""
                INSERT INTO audit.entry (tenant_id, seq, occurred_at, actor_type, action, outcome, hash)
                SELECT tenant_id, 2500, occurred_at, 'SYSTEM', 'records.case.read', 'ALLOWED', hash
                FROM audit.entry WHERE tenant_id = ? AND seq = 2499""", tenant);
        assertBrokenAt(tenant, 2500);
    }

    @Test
    void swappedEntriesAreFoundAtTheFirstOfThem() throws SQLException {
        var tenant = tenantWithChain();
        asSuperuser("UPDATE audit.entry SET seq = 900000 WHERE tenant_id = ? AND seq = 7000", tenant);
        asSuperuser("UPDATE audit.entry SET seq = 7000 WHERE tenant_id = ? AND seq = 7001", tenant);
        asSuperuser("UPDATE audit.entry SET seq = 7001 WHERE tenant_id = ? AND seq = 900000", tenant);
        assertBrokenAt(tenant, 7000);
    }

    @Test
    void aTruncatedTailIsFoundThroughTheCheckpointsInTheDatabase() throws SQLException {
        var tenant = tenantWithChain();
        asSuperuser("DELETE FROM audit.entry WHERE tenant_id = ? AND seq > 9500", tenant);
        assertBrokenAt(tenant, 9501);
    }

    @Test
    void aTruncatedTailWithItsCheckpointsRemovedIsFoundThroughTheCheckpointFile() throws SQLException {
        var tenant = tenantWithChain();
        asSuperuser("DELETE FROM audit.entry WHERE tenant_id = ? AND seq > 9500", tenant);
        asSuperuser("DELETE FROM audit.checkpoint WHERE tenant_id = ? AND seq > 9000", tenant);
        var result = assertBrokenAt(tenant, 9501);
        assertThat(result.problem()).contains("10000");
    }

    @Test
    void oldestEntriesRemovedUpToACheckpointAreFound() throws SQLException {
        var tenant = tenantWithChain();
        asSuperuser("DELETE FROM audit.entry WHERE tenant_id = ? AND seq <= 2000", tenant);
        asSuperuser("DELETE FROM audit.checkpoint WHERE tenant_id = ? AND seq < 2000", tenant);
        var result = assertBrokenAt(tenant, 1);
        assertThat(result.problem()).contains("1 bis 2000");
        var damaged = tenants.findById(tenant).orElseThrow();
        assertThatThrownBy(() -> exports.prepare(damaged, Actor.commandLine(), AuditExports.Format.JSONL))
            .as("no signed export vouches for a damaged chain")
            .isInstanceOf(AuditExports.ChainDamaged.class);
    }

    @Test
    void aCheckpointSignedWithAnotherKeyFails() throws SQLException {
        var tenant = tenantWithChain();
        var hash = inTenant(tenant, () -> jdbc.sql("SELECT hash FROM audit.entry WHERE tenant_id = :t AND seq = 4242")
            .param("t", tenant.value()).query(byte[].class).single());
        var seed = new byte[32];
        new java.security.SecureRandom().nextBytes(seed);
        var forged = Checkpoint.sign(tenant.value(), 4242, hash, java.time.Instant.now(), new SigningKey(seed));
        try (var connection = superuser(); var insert = connection.prepareStatement(
                "INSERT INTO audit.checkpoint (tenant_id, seq, hash, signed_at, key_id, signature) VALUES (?, ?, ?, now(), ?, ?)")) {
            insert.setObject(1, tenant.value());
            insert.setLong(2, 4242);
            insert.setBytes(3, hash);
            insert.setString(4, forged.keyId());
            insert.setBytes(5, forged.signature());
            insert.executeUpdate();
        }
        var result = assertBrokenAt(tenant, 4242);
        assertThat(result.problem()).contains("Signatur");
    }

    @Test
    void theApplicationRoleCanNeitherUpdateNorDeleteNorTruncate() {
        var tenant = tenantWithEntries(3);
        for (var statement : List.of("UPDATE audit.entry SET action = 'x' WHERE tenant_id = :t",
                "DELETE FROM audit.entry WHERE tenant_id = :t", "TRUNCATE audit.entry",
                "UPDATE audit.checkpoint SET seq = 1 WHERE tenant_id = :t", "DELETE FROM audit.checkpoint WHERE tenant_id = :t")) {
            assertThatThrownBy(() -> inTenant(tenant, () -> statement.contains(":t")
                    ? jdbc.sql(statement).param("t", tenant.value()).update() : jdbc.sql(statement).update()))
                .as(statement)
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        }
        assertThat(verification.verify(tenant).entries()).isEqualTo(3);
    }

    @Test
    void triggersRefuseChangesEvenToTheOwnerAndTheSuperuser() throws SQLException {
        var tenant = tenantWithEntries(3);
        for (var statement : List.of("UPDATE audit.entry SET action = 'x' WHERE tenant_id = ?",
                "DELETE FROM audit.entry WHERE tenant_id = ?")) {
            try (var connection = superuser(); var update = connection.prepareStatement(statement)) {
                update.setObject(1, tenant.value());
                assertThatThrownBy(update::executeUpdate).hasMessageContaining("audit rows cannot be changed");
            }
        }
        try (var connection = superuser(); var truncate = connection.createStatement()) {
            assertThatThrownBy(() -> truncate.execute("TRUNCATE audit.entry")).hasMessageContaining("audit rows cannot be changed");
        }
        assertThat(verification.verify(tenant).intact()).isTrue();
    }

    @Test
    void aBusinessWriteWhoseAuditEntryCannotBeWrittenIsRolledBack() throws SQLException {
        var tenant = tenantWithEntries(1);
        AuditStorageFault.whileFailing(this::superuser, tenant, () -> {
            assertThatThrownBy(() -> inTenant(tenant, () -> {
                jdbc.sql("INSERT INTO identity.org_unit (tenant_id, id, key, name) VALUES (:t, :id, 'kaemmerei', 'Kämmerei')")
                    .param("t", tenant.value())
                    .param("id", UUID.randomUUID())
                    .update();
                log.record(AuditEvent.of(tenant, Actor.system(), "identity.org-unit.create", Outcome.ALLOWED));
                return null;
            })).isInstanceOf(AuditUnavailable.class);
        });
        assertThat(inTenant(tenant, () -> jdbc.sql("SELECT count(*) FROM identity.org_unit WHERE tenant_id = :t")
            .param("t", tenant.value()).query(Long.class).single())).isZero();
        assertThat(verification.verify(tenant).entries()).isEqualTo(1);
    }

    @Test
    void thirtyTwoConcurrentWritersLeaveOneGaplessChain() throws Exception {
        var tenant = tenantWithEntries(0);
        ConcurrentWriters.record(tenant, List.of(log), 32, 50);
        assertGaplessAndIntact(tenant, 1600);
    }

    /** Sequence numbers 1 to {@code entries} without a gap, and a chain that verifies. */
    Verification assertGaplessAndIntact(TenantId tenant, long entries) {
        var seqs = inTenant(tenant, () -> jdbc.sql("SELECT seq FROM audit.entry WHERE tenant_id = :t ORDER BY seq")
            .param("t", tenant.value()).query(Long.class).list());
        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, entries).boxed().toList());
        var result = verification.verify(tenant);
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        return result;
    }

    @Test
    void aRewriteAfterTheNewestCheckpointIsSealedAsSuspectedTampering() throws SQLException {
        var tenant = tenantWithEntries(10);
        // the administrator rewrites entry 10 and recomputes its hash, so the chain alone cannot tell
        var stored = new java.util.ArrayList<AuditTrail.Stored>();
        inTenant(tenant, () -> {
            trail.stream(tenant, 9, 10, stored::add);
            return null;
        });
        var original = stored.get(1).entry();
        var forged = new de.kommunale2030.plattform.audit.format.Entry(original.tenant(), original.seq(), original.time(),
                original.actorType(), original.actorId(), original.actorRoles(), original.action(), original.resourceType(),
                "c-forged", original.purpose(), original.outcome(), original.requestId(), original.client());
        try (var connection = superuser()) {
            connection.createStatement().execute("SET session_replication_role = replica");
            try (var update = connection.prepareStatement(
                    "UPDATE audit.entry SET resource_id = 'c-forged', hash = ? WHERE tenant_id = ? AND seq = 10")) {
                update.setBytes(1, forged.chain(stored.get(0).hash()));
                update.setObject(2, tenant.value());
                assertThat(update.executeUpdate()).isOne();
            }
        }
        assertThat(verification.verify(tenant).intact()).isTrue();

        var checkpoint = inTenant(tenant, () -> checkpoints.signIfOverdue(tenant)).orElseThrow();
        assertThat(checkpoint.seq()).as("the finding is appended and sealed, not the rewrite alone").isEqualTo(11);
        var finding = inTenant(tenant, () -> jdbc.sql(
                "SELECT action || ' ' || resource_id FROM audit.entry WHERE tenant_id = :t AND seq = 11")
            .param("t", tenant.value()).query(String.class).single());
        assertThat(finding).isEqualTo("audit.tamper-suspected 10");
        assertThat(verification.verify(tenant).intact()).isTrue();
    }

    @Test
    void checkpointsAreSignedAfterTheConfiguredTimeEvenWithoutEnoughEntries() {
        var tenant = tenantWithEntries(5);
        assertThat(inTenant(tenant, () -> checkpoints.signIfOverdue(tenant))).hasValueSatisfying(checkpoint -> {
            assertThat(checkpoint.seq()).isEqualTo(5);
        });
        // nothing new since: no second checkpoint
        assertThat(inTenant(tenant, () -> checkpoints.signIfOverdue(tenant))).isEmpty();
        assertThat(checkpointFile.read(tenant.value())).hasSize(1);
        assertThat(verification.verify(tenant).checkpoints()).isEqualTo(1);
    }

    Verification assertBrokenAt(TenantId tenant, long seq) {
        var result = verification.verify(tenant);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSeq()).as(result.problem()).isEqualTo(seq);
        return result;
    }

    TenantId tenantWithChain() {
        return tenantWithEntries(ENTRIES);
    }

    TenantId tenantWithEntries(int entries) {
        var tenant = bareTenant("Gemeinde Prüffeld");
        for (int from = 0; from < entries; from += 2000) {
            var batch = new ArrayList<AuditEvent>();
            for (int i = from; i < Math.min(entries, from + 2000); i++) {
                batch.add(AuditEvent.of(tenant, Actor.user(new UUID(0, i % 13 + 1)),
                        i % 3 == 0 ? "records.case.change" : "records.case.read", i % 17 == 0 ? Outcome.DENIED : Outcome.ALLOWED)
                    .on("case", "c-" + i % 101).forPurpose("grundsteuer"));
            }
            log.recordAll(batch);
        }
        return tenant;
    }
}
