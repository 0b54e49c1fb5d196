package de.kommunale2030.plattform.crypto;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The key hierarchy on the real database: subject keys wrapped by tenant keys wrapped by the master
 * key, values bound to their cell, rotation without re-encryption, and shredding that nothing undoes.
 */
class EncryptionTests extends PlatformTest {

    @Autowired
    Encryption encryption;

    @Autowired
    KeyRotation rotation;

    @Autowired
    TenantKeys tenantKeys;

    @Autowired
    MasterKeyProvider master;

    @Test
    void valuesRoundTripThroughTheKeyHierarchyAndAreBoundToTheirCell() {
        var tenant = bareTenant("Gemeinde Schlüsselfeld");
        var subject = UUID.randomUUID();
        var cell = new CellAddress(tenant.value(), "person", "family_name", subject.toString());
        var envelope = inTenant(tenant, () -> {
            try (var key = encryption.createSubject(tenant, subject)) {
                return key.encrypt(cell, "Kowalczyk-Şahin");
            }
        });
        assertThat(new String(envelope, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Kowalczyk");
        assertThat(decrypt(tenant, subject, cell, envelope)).isEqualTo("Kowalczyk-Şahin");

        var otherRow = new CellAddress(tenant.value(), "person", "family_name", UUID.randomUUID().toString());
        var otherColumn = new CellAddress(tenant.value(), "person", "given_names", subject.toString());
        for (var wrongCell : List.of(otherRow, otherColumn)) {
            assertThatThrownBy(() -> decrypt(tenant, subject, wrongCell, envelope)).isInstanceOf(UndecryptableValue.class);
        }
        var other = bareTenant("Gemeinde Nachbarort");
        assertThatThrownBy(() -> decrypt(other, subject, new CellAddress(other.value(), "person", "family_name",
                subject.toString()), envelope))
            .as("the other tenant has no key for this subject")
            .isInstanceOf(IllegalStateException.class);
        assertThat(encryptionsOf(tenant, subject)).as("counted against the nonce limit").isOne();
    }

    @Test
    void rotatingTenantAndMasterKeysRewrapsWithoutReEncryptingAndEverythingStaysReadable() {
        var tenant = bareTenant("Gemeinde Drehbach");
        var envelopes = new HashMap<UUID, byte[]>();
        inTenant(tenant, () -> {
            for (int i = 0; i < 2500; i++) {
                var subject = UUID.randomUUID();
                try (var key = encryption.createSubject(tenant, subject)) {
                    envelopes.put(subject, key.encrypt(cell(tenant, subject), "Wert " + i));
                }
            }
            return null;
        });
        var rotated = rotation.rotateTenantKey(tenant, Actor.commandLine());
        assertThat(rotated).isEqualTo(new KeyRotation.Rotated(2, 2500, List.of(1)));
        assertThat(inTenant(tenant, () -> jdbc.sql("SELECT DISTINCT kek_version FROM crypto.subject_key WHERE tenant_id = :t")
            .param("t", tenant.value()).query(Integer.class).list())).containsExactly(2);
        var master = rotation.rotateMasterKey(Actor.commandLine());
        assertThat(inTenant(tenant, () -> jdbc.sql("""
                SELECT DISTINCT master_version FROM crypto.tenant_key WHERE tenant_id = :t AND retired_at IS NULL""")
            .param("t", tenant.value()).query(Integer.class).list())).containsExactly(master);

        var readable = inTenant(tenant, () -> envelopes.entrySet().stream().filter(entry -> {
            try (var key = encryption.subject(tenant, entry.getKey())) {
                return key.decrypt(cell(tenant, entry.getKey()), entry.getValue()).startsWith("Wert ");
            }
        }).count());
        assertThat(readable).isEqualTo(2500);
        assertThat(actions(tenant)).contains("crypto.tenant-key.rotate", "crypto.master-key.rewrap");
    }

    @Test
    void shreddingDestroysTheKeyForGoodAndIsRecordedWithIdsOnly() throws Exception {
        var tenant = bareTenant("Gemeinde Reißwolf");
        var subject = UUID.randomUUID();
        var envelope = inTenant(tenant, () -> {
            try (var key = encryption.createSubject(tenant, subject)) {
                return key.encrypt(cell(tenant, subject), "Erika Mustermann");
            }
        });
        var wrapped = inTenant(tenant, () -> jdbc.sql("SELECT wrapped FROM crypto.subject_key WHERE subject_id = :s")
            .param("s", subject).query(byte[].class).single());

        assertThat(inTenant(tenant, () -> encryption.shred(tenant, subject, Actor.commandLine()))).isTrue();
        assertThat(inTenant(tenant, () -> encryption.shred(tenant, subject, Actor.commandLine()))).isFalse();
        assertThatThrownBy(() -> decrypt(tenant, subject, cell(tenant, subject), envelope)).isInstanceOf(SubjectShredded.class);
        assertThat(inTenant(tenant, () -> jdbc.sql("""
                SELECT action || ' ' || resource_type || ' ' || resource_id FROM audit.entry
                WHERE tenant_id = :t AND action LIKE 'crypto.%'""").param("t", tenant.value()).query(String.class).list()))
            .containsExactly("crypto.subject-key.destroy data-subject " + subject);

        // nobody brings it back: not the application, not the owner, not a superuser without disabling triggers
        assertThatThrownBy(() -> inTenant(tenant, () -> jdbc.sql(
                "UPDATE crypto.subject_key SET wrapped = :w, destroyed_at = NULL WHERE subject_id = :s")
            .param("w", wrapped).param("s", subject).update()))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> inTenant(tenant, () -> jdbc.sql("DELETE FROM crypto.subject_key WHERE subject_id = :s")
            .param("s", subject).update()))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("permission denied");
        try (var connection = superuser(); var update = connection.prepareStatement(
                "UPDATE crypto.subject_key SET wrapped = ?, destroyed_at = NULL WHERE subject_id = ?")) {
            update.setBytes(1, wrapped);
            update.setObject(2, subject);
            assertThatThrownBy(update::executeUpdate).hasMessageContaining("cannot be changed");
        }
    }

    /** What a backup or WAL archive taken before a shredding holds of one subject's key. */
    record Backup(byte[] subjectKey, int kekVersion, byte[] kek, int masterVersion) {
    }

    @Test
    void aShreddedSubjectStaysReadableInAnOldBackupOnlyUntilTheKeyVersionsOfItsTimeAreRetired() {
        var tenant = bareTenant("Gemeinde Sicherungshausen");
        var shredded = UUID.randomUUID();
        var kept = UUID.randomUUID();
        var envelope = inTenant(tenant, () -> {
            try (var key = encryption.createSubject(tenant, shredded)) {
                return key.encrypt(cell(tenant, shredded), "Erika Mustermann");
            }
        });
        var keptEnvelope = inTenant(tenant, () -> {
            try (var key = encryption.createSubject(tenant, kept)) {
                return key.encrypt(cell(tenant, kept), "Max Mustermann");
            }
        });
        var backup = inTenant(tenant, () -> jdbc.sql("""
                SELECT s.wrapped, s.kek_version, k.wrapped, k.master_version
                FROM crypto.subject_key s JOIN crypto.tenant_key k
                  ON k.tenant_id = s.tenant_id AND k.kind = s.kek_kind AND k.version = s.kek_version
                WHERE s.subject_id = :s""").param("s", shredded)
            .query((rs, row) -> new Backup(rs.getBytes(1), rs.getInt(2), rs.getBytes(3), rs.getInt(4))).single());
        assertThat(inTenant(tenant, () -> encryption.shred(tenant, shredded, Actor.commandLine()))).isTrue();

        // the threat: the copy in the backup still opens with the keys the database holds today
        assertThat(inTenant(tenant, () -> {
            try (var kek = tenantKeys.version(tenant, KeyKind.TENANT_KEY, backup.kekVersion())) {
                return restore(tenant, shredded, kek.key(), backup, envelope);
            }
        })).isEqualTo("Erika Mustermann");

        assertThat(rotation.rotateTenantKey(tenant, Actor.commandLine()).retired()).containsExactly(backup.kekVersion());
        assertThatThrownBy(() -> inTenant(tenant, () -> tenantKeys.version(tenant, KeyKind.TENANT_KEY, backup.kekVersion())))
            .as("the database no longer holds the old key-encryption key")
            .isInstanceOf(UndecryptableValue.class);
        assertThatThrownBy(() -> inTenant(tenant, () -> jdbc.sql("""
                UPDATE crypto.tenant_key SET wrapped = :w, retired_at = NULL
                WHERE tenant_id = :t AND kind = 'tenant-kek' AND version = :v""")
            .param("w", backup.kek()).param("t", tenant.value()).param("v", backup.kekVersion()).update()))
            .as("nobody puts a retired version back")
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("a retired tenant key cannot be changed");
        assertThat(restoreWithTheBackupsOwnKek(tenant, shredded, backup, envelope))
            .as("the backup's own copy of it opens while its master key version exists")
            .isEqualTo("Erika Mustermann");

        rotation.rotateMasterKey(Actor.commandLine());
        assertThat(rotation.retireMasterKeys(Actor.commandLine(), Duration.ofDays(35), Instant.now()))
            .as("backups within their retention may still need the old master key versions").isEmpty();
        var destroyed = rotation.retireMasterKeys(Actor.commandLine(), Duration.ofDays(35), Instant.now().plus(Duration.ofDays(36)));
        assertThat(destroyed).contains(backup.masterVersion()).doesNotContain(master.currentVersion());
        assertThat(master.versions()).doesNotContain(backup.masterVersion());
        assertThatThrownBy(() -> restoreWithTheBackupsOwnKek(tenant, shredded, backup, envelope))
            .isInstanceOf(UndecryptableValue.class);

        assertThat(decrypt(tenant, kept, cell(tenant, kept), keptEnvelope)).isEqualTo("Max Mustermann");
        assertThat(actions(tenant)).contains("crypto.subject-key.destroy", "crypto.tenant-key.rotate", "crypto.tenant-key.retire",
                "crypto.master-key.destroy");
    }

    private String restoreWithTheBackupsOwnKek(TenantId tenant, UUID subject, Backup backup, byte[] envelope) {
        var kek = master.unwrap(TenantKeys.label(tenant, KeyKind.TENANT_KEY, backup.kekVersion()), backup.kek());
        try {
            return restore(tenant, subject, kek, backup, envelope);
        }
        finally {
            Keys.wipe(kek);
        }
    }

    private static String restore(TenantId tenant, UUID subject, byte[] kek, Backup backup, byte[] envelope) {
        var key = KeyWrap.unwrap(kek, Encryption.subjectLabel(tenant, subject), backup.subjectKey());
        try {
            return FieldCipher.decryptText(key, cell(tenant, subject), envelope);
        }
        finally {
            Keys.wipe(key);
        }
    }

    @Test
    void blindIndexesMatchExactlyWithinOneTenantOnly() {
        var tenant = bareTenant("Gemeinde Suchfeld");
        var other = bareTenant("Gemeinde Anderswo");
        var born = LocalDate.of(1961, 4, 30);
        var index = inTenant(tenant, () -> encryption.blindIndex(tenant, "person.family-name+birth-date",
                BlindIndex.Field.name("Müller"), BlindIndex.Field.date(born)));
        var again = inTenant(tenant, () -> encryption.blindIndex(tenant, "person.family-name+birth-date",
                BlindIndex.Field.name("  MÜLLER "), BlindIndex.Field.date(born)));
        var transliterated = inTenant(tenant, () -> encryption.blindIndex(tenant, "person.family-name+birth-date",
                BlindIndex.Field.name("Mueller"), BlindIndex.Field.date(born)));
        var elsewhere = inTenant(other, () -> encryption.blindIndex(other, "person.family-name+birth-date",
                BlindIndex.Field.name("Müller"), BlindIndex.Field.date(born)));
        assertThat(again).isEqualTo(index);
        assertThat(transliterated).isNotEqualTo(index);
        assertThat(elsewhere).as("each tenant has its own blind-index key").isNotEqualTo(index);
    }

    @Test
    void keysAreUsedOnlyInsideATransaction() {
        var tenant = bareTenant("Gemeinde Ohnetransaktion");
        assertThatThrownBy(() -> encryption.createSubject(tenant, UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }

    private String decrypt(TenantId tenant, UUID subject, CellAddress cell, byte[] envelope) {
        return inTenant(tenant, () -> {
            try (var key = encryption.subject(tenant, subject)) {
                return key.decrypt(cell, envelope);
            }
        });
    }

    private long encryptionsOf(TenantId tenant, UUID subject) {
        return inTenant(tenant, () -> jdbc.sql("SELECT encryptions FROM crypto.subject_key WHERE subject_id = :s")
            .param("s", subject).query(Long.class).single());
    }

    private List<String> actions(TenantId tenant) {
        return new ArrayList<>(inTenant(tenant, () -> jdbc.sql("SELECT action FROM audit.entry WHERE tenant_id = :t ORDER BY seq")
            .param("t", tenant.value()).query(String.class).list()));
    }

    private static CellAddress cell(TenantId tenant, UUID subject) {
        return new CellAddress(tenant.value(), "person", "family_name", subject.toString());
    }
}
