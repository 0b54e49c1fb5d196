package de.kommunale2030.plattform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server in the data directory.
 * <p>
 * Exactly one process owns the server: the one that holds the lock file next to the data
 * directory. Any other process of the platform on the same data directory (a CLI command while
 * {@code serve} runs, a second instance) attaches to the running server as a client. The lock is
 * an operating-system file lock, so it is released even when the owner dies from {@code kill -9};
 * the next owner then finds the orphaned server through {@code postmaster.pid} and stops it
 * before starting its own, so no committed transaction is lost and no second server is started.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String HBA = """
            # Written by the platform at every start: password authentication only, loopback and socket only.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private final Path dataDirectory;
    private final int port;
    private final String superuserPassword;
    private final EmbeddedPostgres owned;
    private final FileChannel lockChannel;

    private EmbeddedPostgresServer(Path dataDirectory, int port, String superuserPassword, EmbeddedPostgres owned,
            FileChannel lockChannel) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.superuserPassword = superuserPassword;
        this.owned = owned;
        this.lockChannel = lockChannel;
    }

    static EmbeddedPostgresServer startOrAttach(DatabaseSettings.Embedded settings, String superuserPassword) {
        var dataDirectory = settings.directory().toAbsolutePath().normalize();
        var lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
        try {
            Files.createDirectories(Objects.requireNonNull(dataDirectory.getParent(),
                    "The embedded database needs a directory below the file system root"));
            var channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            var lock = tryLock(channel);
            if (lock.isEmpty()) {
                channel.close();
                return attach(dataDirectory, superuserPassword, settings.startupTimeout());
            }
            try {
                return start(settings, dataDirectory, superuserPassword, channel);
            }
            catch (RuntimeException | IOException e) {
                channel.close();
                throw e;
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not be started in " + dataDirectory, e);
        }
    }

    private static Optional<FileLock> tryLock(FileChannel channel) throws IOException {
        try {
            return Optional.ofNullable(channel.tryLock());
        }
        catch (OverlappingFileLockException ownedByThisJvm) {
            return Optional.empty();
        }
    }

    private static EmbeddedPostgresServer start(DatabaseSettings.Embedded settings, Path dataDirectory,
            String superuserPassword, FileChannel lockChannel) throws IOException {
        stopOrphanedServer(dataDirectory);
        var runtime = settings.runtimeDirectory().toAbsolutePath().normalize();
        Files.createDirectories(runtime);
        // zonky removes stale sibling folders of its working directory; it must never be the data directory's parent
        System.setProperty("ot.epg.working-dir", runtime.toString());
        var builder = EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(runtime.toFile())
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("unix_socket_directories", quoted(dataDirectory))
            .setServerConfig("unix_socket_permissions", "0700")
            // zonky's test-oriented defaults trade durability for speed; a system of record does not
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("max_connections", "200")
            .setConnectConfig("password", superuserPassword)
            .setPGStartupWait(settings.startupTimeout());
        var passwordFile = Files.exists(dataDirectory.resolve("postgresql.conf")) ? null
                : initialisedWithPassword(builder, dataDirectory, superuserPassword);
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        }
        finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
        var server = new EmbeddedPostgresServer(dataDirectory, postgres.getPort(), superuserPassword, postgres, lockChannel);
        server.requirePasswordAuthentication();
        return server;
    }

    /**
     * zonky runs initdb with {@code -A trust}; its extra initdb options come from the locale
     * settings, and initdb takes the last of repeated options. So a new cluster starts with
     * password authentication and the superuser's password from its very first second, and there
     * is no moment in which a local process could connect without one.
     */
    private static Path initialisedWithPassword(EmbeddedPostgres.Builder builder, Path dataDirectory, String password)
            throws IOException {
        var passwordFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".initpw");
        Files.deleteIfExists(passwordFile);
        Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
        return passwordFile;
    }

    private static EmbeddedPostgresServer attach(Path dataDirectory, String superuserPassword, Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        while (true) {
            var port = PostmasterPid.read(dataDirectory).map(PostmasterPid::port);
            if (port.isPresent()) {
                var server = new EmbeddedPostgresServer(dataDirectory, port.get(), superuserPassword, null, null);
                if (server.accepts()) {
                    log.info("Attached to the embedded PostgreSQL owned by another process (port {})", port.get());
                    return server;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Another process holds the embedded PostgreSQL in " + dataDirectory
                        + " but it does not accept connections");
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private static void stopOrphanedServer(Path dataDirectory) {
        var pidFile = PostmasterPid.read(dataDirectory);
        if (pidFile.isEmpty()) {
            return;
        }
        var process = ProcessHandle.of(pidFile.get().pid())
            .filter(p -> running(p.pid()))
            .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
            // a stale pid file may name a pid that now belongs to another PostgreSQL on this machine
            .filter(p -> servesDirectory(p.pid(), dataDirectory));
        if (process.isEmpty()) {
            return;
        }
        log.warn("Found an orphaned embedded PostgreSQL (pid {}) left by a process that died; stopping it",
                process.get().pid());
        // SIGINT is PostgreSQL's fast shutdown: it ends sessions and writes a checkpoint
        signal(process.get().pid(), "-INT");
        if (!awaitExit(process.get(), Duration.ofSeconds(60))) {
            log.error("Orphaned PostgreSQL did not stop in time; killing it (it recovers from its WAL on restart)");
            process.get().destroyForcibly();
            awaitExit(process.get(), Duration.ofSeconds(10));
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        while (running(process.pid())) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            sleep(Duration.ofMillis(100));
        }
        return true;
    }

    private static boolean servesDirectory(long pid, Path dataDirectory) {
        try {
            var arguments = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8)
                .split("\0");
            for (int i = 0; i + 1 < arguments.length; i++) {
                if ("-D".equals(arguments[i])) {
                    return Path.of(arguments[i + 1]).toAbsolutePath().normalize().equals(dataDirectory);
                }
            }
            return false;
        }
        catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether a process still runs. An orphaned server's parent is the machine's init, which may
     * reap it late; until then it is a zombie that {@link ProcessHandle#isAlive()} still reports
     * alive although it holds no files and serves nothing.
     */
    static boolean running(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            var state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        }
        catch (IOException | RuntimeException e) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /**
     * Re-applies the superuser's password and the platform's access rules at every start, so that
     * neither can drift from what the platform expects (an older cluster, a hand-edited file).
     */
    private void requirePasswordAuthentication() {
        try (Connection connection = superuserDataSource("postgres").getConnection();
                var statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(superuserPassword));
            var hba = dataDirectory.resolve("pg_hba.conf");
            if (!HBA.equals(Files.readString(hba, StandardCharsets.UTF_8))) {
                Files.writeString(hba, HBA, StandardCharsets.UTF_8);
                statement.execute("SELECT pg_reload_conf()");
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not secure the embedded PostgreSQL", e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean accepts() {
        try (var connection = superuserDataSource("postgres").getConnection()) {
            return connection.isValid(2);
        }
        catch (SQLException e) {
            return false;
        }
    }

    DataSource superuserDataSource(String database) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] { "127.0.0.1" });
        dataSource.setPortNumbers(new int[] { port });
        dataSource.setDatabaseName(database);
        dataSource.setUser(SUPERUSER);
        dataSource.setPassword(superuserPassword);
        return dataSource;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    boolean owner() {
        return owned != null;
    }

    @Override
    public void close() {
        if (owned == null) {
            return;
        }
        try {
            owned.close();
        }
        catch (IOException e) {
            log.error("Embedded PostgreSQL did not stop cleanly", e);
        }
        finally {
            try {
                lockChannel.close();
            }
            catch (IOException e) {
                log.warn("Could not release the embedded PostgreSQL lock", e);
            }
        }
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String quoted(Path path) {
        var text = path.toString();
        if (text.contains("'") || text.contains("\"")) {
            throw new IllegalArgumentException("The data directory path must not contain quotes: " + text);
        }
        // zonky hands server options to pg_ctl, which passes them through a shell
        return "'" + text + "'";
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
    }

    /**
     * The first lines of PostgreSQL's {@code postmaster.pid}: process id, data directory, start
     * time, port.
     */
    record PostmasterPid(long pid, int port) {

        static Optional<PostmasterPid> read(Path dataDirectory) {
            var file = dataDirectory.resolve("postmaster.pid");
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() < 4) {
                    return Optional.empty();
                }
                return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).strip()),
                        Integer.parseInt(lines.get(3).strip())));
            }
            catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
