package de.kommunale2030.plattform.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileMasterKeyProviderTests {

    private static final UUID TENANT = UUID.fromString("6f1c2a34-5b6d-4e7f-8091-a2b3c4d5e6f7");
    private static final KeyLabel KEK = new KeyLabel(KeyKind.TENANT_KEY, TENANT, "kek-1");

    @TempDir
    Path data;

    @Test
    void createsAnOwnerOnly32ByteKeyFileOnFirstUse() throws Exception {
        var secrets = data.resolve("secrets");
        var provider = MasterKeyProvider.inDirectory(secrets);
        assertThat(provider.currentVersion()).isEqualTo(1);
        var file = secrets.resolve("master-key-v1");
        assertThat(file).isRegularFile().hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rwx------");
        assertThat(filesIn(secrets)).containsExactly("master-key-v1");
    }

    @Test
    void reusesTheKeyAfterARestart() throws Exception {
        var tenantKey = Keys.generate();
        var wrapped = MasterKeyProvider.inDirectory(data).wrap(KEK, tenantKey);
        var fileBefore = Files.readAllBytes(data.resolve("master-key-v1"));

        var restarted = MasterKeyProvider.inDirectory(data);
        assertThat(restarted.currentVersion()).isEqualTo(1);
        assertThat(restarted.unwrap(KEK, wrapped.bytes())).isEqualTo(tenantKey);
        assertThat(Files.readAllBytes(data.resolve("master-key-v1"))).isEqualTo(fileBefore);
        assertThat(wrapped.masterKeyVersion()).isEqualTo(1);
        assertThat(wrapped.bytes()).hasSize(KeyWrap.WRAPPED_BYTES);
    }

    @Test
    void refusesToStartWithAKeyFileThatGroupOrOthersCanAccess() throws Exception {
        for (var permissions : List.of("rw-r--r--", "rw-r-----", "rw----r--", "rw--w----", "rw-----w-", "rw-rw-rw-")) {
            var directory = Files.createDirectory(data.resolve(permissions.replace('-', '_')));
            var file = directory.resolve("master-key-v1");
            Files.write(file, Keys.generate());
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
            assertThatThrownBy(() -> MasterKeyProvider.inDirectory(directory)).as(permissions)
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining("master-key-v1")
                .hasMessageContaining("accessible to group or others (" + permissions + ")")
                .hasMessageContaining("chmod 600");
        }
    }

    @Test
    void refusesToStartWhenAnyVersionIsBadNotOnlyTheCurrentOne() throws Exception {
        MasterKeyProvider.inDirectory(data).rotate();
        Files.setPosixFilePermissions(data.resolve("master-key-v1"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> MasterKeyProvider.inDirectory(data)).isExactlyInstanceOf(IllegalStateException.class)
            .hasMessageContaining("master-key-v1");
    }

    @Test
    void refusesToStartWithAKeyFileOfTheWrongLength() throws Exception {
        for (int length : new int[] { 0, 1, 31, 33, 64 }) {
            var directory = Files.createDirectory(data.resolve("length-" + length));
            var file = Files.createFile(directory.resolve("master-key-v1"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(file, new byte[length]);
            assertThatThrownBy(() -> MasterKeyProvider.inDirectory(directory)).as("%d bytes", length)
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining("master-key-v1")
                .hasMessageContaining("exactly 32 bytes, not " + length);
        }
    }

    @Test
    void refusesAKeyFileThatIsASymbolicLink() throws Exception {
        var elsewhere = Files.createFile(data.resolve("elsewhere"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(elsewhere, Keys.generate());
        var directory = Files.createDirectory(data.resolve("secrets"));
        Files.createSymbolicLink(directory.resolve("master-key-v1"), elsewhere);
        assertThatThrownBy(() -> MasterKeyProvider.inDirectory(directory)).isExactlyInstanceOf(IllegalStateException.class)
            .hasMessageContaining("not a regular file");
    }

    @Test
    void rotationMakesANewVersionCurrentAndKeepsOldVersionsUnwrappable() throws Exception {
        var provider = MasterKeyProvider.inDirectory(data);
        var tenantKey = Keys.generate();
        var underV1 = provider.wrap(KEK, tenantKey);

        assertThat(provider.rotate()).isEqualTo(2);
        assertThat(provider.currentVersion()).isEqualTo(2);
        var underV2 = provider.wrap(KEK, tenantKey);
        assertThat(underV2.masterKeyVersion()).isEqualTo(2);
        assertThat(KeyWrap.wrappingKeyVersionOf(underV2.bytes())).isEqualTo(2);
        assertThat(provider.unwrap(KEK, underV1.bytes())).isEqualTo(tenantKey);
        assertThat(provider.unwrap(KEK, underV2.bytes())).isEqualTo(tenantKey);

        var rewrapped = provider.rewrap(KEK, underV1.bytes());
        assertThat(rewrapped.masterKeyVersion()).isEqualTo(2);
        assertThat(provider.unwrap(KEK, rewrapped.bytes())).isEqualTo(tenantKey);

        assertThat(provider.rotate()).isEqualTo(3);
        var restarted = MasterKeyProvider.inDirectory(data);
        assertThat(restarted.currentVersion()).isEqualTo(3);
        assertThat(restarted.unwrap(KEK, underV1.bytes())).isEqualTo(tenantKey);
        assertThat(restarted.unwrap(KEK, underV2.bytes())).isEqualTo(tenantKey);
        assertThat(filesIn(data)).containsExactly("master-key-v1", "master-key-v2", "master-key-v3");
        for (var name : filesIn(data)) {
            assertThat(data.resolve(name)).hasSize(32);
        }
    }

    @Test
    void aRotationByAnotherProcessIsSeenWithoutRestart() {
        var first = MasterKeyProvider.inDirectory(data);
        var second = MasterKeyProvider.inDirectory(data);
        var tenantKey = Keys.generate();
        second.rotate();
        var wrappedBySecond = second.wrap(KEK, tenantKey);
        assertThat(first.currentVersion()).isEqualTo(2);
        assertThat(first.unwrap(KEK, wrappedBySecond.bytes())).isEqualTo(tenantKey);
        assertThat(first.wrap(KEK, tenantKey).masterKeyVersion()).isEqualTo(2);
    }

    @Test
    void processesStartingAtTheSameTimeEndUpWithOneKey() throws Exception {
        for (int round = 0; round < 25; round++) {
            var directory = data.resolve("round-" + round);
            var providers = race(4, () -> MasterKeyProvider.inDirectory(directory));
            assertThat(filesIn(directory)).as("round %d", round).containsExactly("master-key-v1");
            assertAllShareTheSameKeys(providers);
        }
    }

    @Test
    void concurrentRotationsAgreeOnTheVersions() throws Exception {
        for (int round = 0; round < 10; round++) {
            var directory = data.resolve("round-" + round);
            var providers = List.of(MasterKeyProvider.inDirectory(directory), MasterKeyProvider.inDirectory(directory),
                    MasterKeyProvider.inDirectory(directory));
            var index = new java.util.concurrent.atomic.AtomicInteger();
            race(3, () -> providers.get(index.getAndIncrement()).rotate());
            int current = providers.getFirst().currentVersion();
            assertThat(current).isBetween(2, 4);
            assertThat(providers).allSatisfy(provider -> assertThat(provider.currentVersion()).isEqualTo(current));
            assertThat(filesIn(directory)).hasSize(current);
            assertAllShareTheSameKeys(providers);
        }
    }

    @Test
    void unknownVersionsAlteredBytesAndOtherLabelsAreUndecryptable() {
        var provider = MasterKeyProvider.inDirectory(data);
        var wrapped = provider.wrap(KEK, Keys.generate()).bytes();

        var unknownVersion = wrapped.clone();
        unknownVersion[4] = 9;
        assertThatThrownBy(() -> provider.unwrap(KEK, unknownVersion)).isInstanceOf(UndecryptableValue.class)
            .hasMessage("Master key version 9 is not available");
        var altered = wrapped.clone();
        altered[40] ^= 1;
        assertThatThrownBy(() -> provider.unwrap(KEK, altered)).isInstanceOf(UndecryptableValue.class);
        assertThatThrownBy(() -> provider.unwrap(new KeyLabel(KeyKind.TENANT_KEY, TENANT, "kek-2"), wrapped))
            .isInstanceOf(UndecryptableValue.class);
        assertThatThrownBy(() -> provider.unwrap(new KeyLabel(KeyKind.BLIND_INDEX_KEY, TENANT, "kek-1"), wrapped))
            .isInstanceOf(UndecryptableValue.class);
        assertThatThrownBy(() -> provider.unwrap(KEK, new byte[3])).isInstanceOf(UndecryptableValue.class);
        assertThatThrownBy(() -> provider.unwrap(KEK, null)).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMasterKeyDoesNotWrapSubjectKeys() {
        var provider = MasterKeyProvider.inDirectory(data);
        var subject = new KeyLabel(KeyKind.SUBJECT_KEY, TENANT, "subject-1");
        assertThatThrownBy(() -> provider.wrap(subject, Keys.generate())).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider.unwrap(subject, new byte[65])).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(provider.wrap(new KeyLabel(KeyKind.BLIND_INDEX_KEY, TENANT, "blind-1"), Keys.generate())).isNotNull();
    }

    @Test
    void otherFilesInTheDirectoryAreIgnored() throws Exception {
        Files.writeString(data.resolve("db-app"), "a secret of the secrets module");
        Files.write(data.resolve(".master-key-123.tmp"), new byte[7]);
        Files.write(data.resolve("master-key-v01"), new byte[7]);
        Files.write(data.resolve("master-key-v1.bak"), new byte[7]);
        var provider = MasterKeyProvider.inDirectory(data);
        assertThat(provider.currentVersion()).isEqualTo(1);
        assertThat(data.resolve("master-key-v1")).hasSize(32);
    }

    @Test
    void wrappedKeysCopyTheirBytesAndDoNotPrintThem() {
        var bytes = new byte[] { 1, 2, 3 };
        var wrapped = new WrappedKey(1, bytes);
        bytes[0] = 9;
        assertThat(wrapped.bytes()).containsExactly(1, 2, 3);
        wrapped.bytes()[1] = 9;
        assertThat(wrapped.bytes()).containsExactly(1, 2, 3);
        assertThat(wrapped).isEqualTo(new WrappedKey(1, new byte[] { 1, 2, 3 })).isNotEqualTo(new WrappedKey(2, new byte[] { 1, 2, 3 }));
        assertThat(wrapped.hashCode()).isEqualTo(new WrappedKey(1, new byte[] { 1, 2, 3 }).hashCode());
        assertThat(wrapped).hasToString("WrappedKey[masterKeyVersion=1, 3 bytes]");
        assertThatThrownBy(() -> new WrappedKey(0, bytes)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WrappedKey(1, null)).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    /** Every provider unwraps what every other wrapped: they hold the same keys. */
    private static void assertAllShareTheSameKeys(List<MasterKeyProvider> providers) {
        var tenantKey = Keys.generate();
        for (var wrapping : providers) {
            var wrapped = wrapping.wrap(KEK, tenantKey).bytes();
            for (var unwrapping : providers) {
                assertThat(unwrapping.unwrap(KEK, wrapped)).isEqualTo(tenantKey);
            }
        }
    }

    private static <T> List<T> race(int threads, Callable<T> task) throws Exception {
        var start = new CountDownLatch(1);
        try (var executor = Executors.newFixedThreadPool(threads)) {
            var futures = new ArrayList<java.util.concurrent.Future<T>>();
            for (int i = 0; i < threads; i++) {
                futures.add(executor.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private static List<String> filesIn(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
