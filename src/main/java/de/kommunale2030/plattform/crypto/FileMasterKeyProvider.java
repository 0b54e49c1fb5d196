package de.kommunale2030.plattform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Master keys in owner-only files {@code master-key-v<N>} of one directory, N counting from 1.
 * <p>
 * Several processes may share the directory. A new version is written to a temporary file, forced
 * to disk and then hard-linked to its name: a link never replaces an existing name (a move with
 * ATOMIC_MOVE does, on Linux it is rename(2)), and the name only ever points at a complete file. A
 * process that loses the race to create a version uses the winner's key. The directory entry is
 * forced to disk as well before the key is used, so a crash cannot lose a key that already wrapped
 * something.
 * <p>
 * Temporary files of a process that died while creating a key stay behind as
 * {@code .master-key-*.tmp}; they hold an unused key and may be deleted.
 */
final class FileMasterKeyProvider implements MasterKeyProvider {

    private static final String PREFIX = "master-key-v";
    private static final Pattern FILE_NAME = Pattern.compile(Pattern.quote(PREFIX) + "([1-9][0-9]{0,8})");
    private static final int LAST_VERSION = 999_999_999;
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Path directory;
    private final ConcurrentMap<Integer, byte[]> keys = new ConcurrentHashMap<>();

    FileMasterKeyProvider(Path directory) {
        this.directory = Arguments.present(directory, "directory").toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (versionsOnDisk().isEmpty()) {
                create(1);
            }
            // every existing file is checked now, so a bad one stops the start and not a later unwrap
            for (int version : versionsOnDisk()) {
                key(version);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Master keys could not be read or created in " + this.directory, e);
        }
    }

    @Override
    public int currentVersion() {
        try {
            var versions = versionsOnDisk();
            if (versions.isEmpty()) {
                throw new IllegalStateException("No master key file left in " + directory);
            }
            return versions.last();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Master keys could not be listed in " + directory, e);
        }
    }

    @Override
    public WrappedKey wrap(KeyLabel label, byte[] key) {
        requireWrappedByMaster(label);
        int version = currentVersion();
        return new WrappedKey(version, KeyWrap.wrap(key(version), version, label, key));
    }

    @Override
    public byte[] unwrap(KeyLabel label, byte[] wrapped) {
        requireWrappedByMaster(label);
        int version = KeyWrap.wrappingKeyVersionOf(wrapped);
        return KeyWrap.unwrap(key(version), label, wrapped);
    }

    @Override
    public synchronized int rotate() {
        int next = currentVersion() + 1;
        if (next > LAST_VERSION) {
            throw new IllegalStateException("No master key version left after " + LAST_VERSION);
        }
        try {
            create(next);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Master key version " + next + " could not be created in " + directory, e);
        }
        key(next);
        return currentVersion();
    }

    @Override
    public SortedSet<Integer> versions() {
        try {
            return Collections.unmodifiableSortedSet(versionsOnDisk());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Master keys could not be listed in " + directory, e);
        }
    }

    @Override
    public Instant created(int version) {
        try {
            // a key file never changes after it got its name, so its modification time is its creation
            return Files.getLastModifiedTime(existing(version), LinkOption.NOFOLLOW_LINKS).toInstant();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Master key version " + version + " could not be read in " + directory, e);
        }
    }

    /**
     * Overwrites the file before unlinking it. On copy-on-write file systems and flash storage the
     * old blocks may survive the overwrite; where that matters, keep the master key in an HSM or
     * KMS, whose provider destroys it there.
     */
    @Override
    public synchronized void destroy(int version) {
        var file = existing(version);
        if (version >= currentVersion()) {
            throw new IllegalArgumentException("The current master key version cannot be destroyed");
        }
        try {
            try (var channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                var zeros = ByteBuffer.allocate(Keys.KEY_BYTES);
                while (zeros.hasRemaining()) {
                    channel.write(zeros);
                }
                channel.force(true);
            }
            Files.delete(file);
            try (var channel = FileChannel.open(directory, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Master key version " + version + " could not be destroyed in " + directory, e);
        }
        var cached = keys.remove(version);
        if (cached != null) {
            Keys.wipe(cached);
        }
    }

    private Path existing(int version) {
        var file = directory.resolve(PREFIX + version);
        if (version < 1 || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("There is no master key version " + version);
        }
        return file;
    }

    private static void requireWrappedByMaster(KeyLabel label) {
        if (!Arguments.present(label, "label").kind().wrappedByMaster()) {
            throw new IllegalArgumentException("The master key wraps tenant keys and blind-index keys only");
        }
    }

    /**
     * Files never change once they have their name, so a key read once stays valid; versions
     * another process created since are read when first asked for.
     */
    private byte[] key(int version) {
        var cached = keys.get(version);
        if (cached != null) {
            return cached;
        }
        try {
            var loaded = load(version);
            var earlier = keys.putIfAbsent(version, loaded);
            if (earlier != null) {
                Keys.wipe(loaded);
                return earlier;
            }
            return loaded;
        }
        catch (NoSuchFileException e) {
            throw new UndecryptableValue("Master key version " + version + " is not available");
        }
        catch (IOException e) {
            throw new UncheckedIOException("Master key version " + version + " could not be read from " + directory, e);
        }
    }

    private TreeSet<Integer> versionsOnDisk() throws IOException {
        var versions = new TreeSet<Integer>();
        try (var entries = Files.newDirectoryStream(directory, PREFIX + "*")) {
            for (var entry : entries) {
                var matcher = FILE_NAME.matcher(String.valueOf(entry.getFileName()));
                if (matcher.matches()) {
                    versions.add(Integer.parseInt(matcher.group(1)));
                }
            }
        }
        return versions;
    }

    private byte[] load(int version) throws IOException {
        var file = directory.resolve(PREFIX + version);
        var attributes = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw refused(file, "is not a regular file");
        }
        if (!Collections.disjoint(attributes.permissions(), GROUP_OR_OTHERS)) {
            throw refused(file, "is accessible to group or others ("
                    + PosixFilePermissions.toString(attributes.permissions()) + "); it must be rw------- (chmod 600)");
        }
        if (attributes.size() != Keys.KEY_BYTES) {
            throw refused(file, "must hold exactly " + Keys.KEY_BYTES + " bytes, not " + attributes.size());
        }
        var key = new byte[Keys.KEY_BYTES];
        try (var channel = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            var buffer = ByteBuffer.wrap(key);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    Keys.wipe(key);
                    throw refused(file, "ended before " + Keys.KEY_BYTES + " bytes");
                }
            }
        }
        return key;
    }

    private void create(int version) throws IOException {
        var file = directory.resolve(PREFIX + version);
        var temporary = Files.createTempFile(directory, ".master-key-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        var key = Keys.generate();
        try {
            try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                var buffer = ByteBuffer.wrap(key);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.createLink(file, temporary);
            try (var channel = FileChannel.open(directory, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
        catch (FileAlreadyExistsException lostTheRace) {
            // another process created this version first: its key is the one everybody uses
        }
        finally {
            Keys.wipe(key);
            Files.deleteIfExists(temporary);
        }
    }

    private static IllegalStateException refused(Path file, String reason) {
        return new IllegalStateException("Master key file " + file + " " + reason);
    }
}
