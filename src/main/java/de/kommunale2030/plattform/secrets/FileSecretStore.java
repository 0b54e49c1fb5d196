package de.kommunale2030.plattform.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Function;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Keeps each secret in its own file with mode 0600 inside a directory with mode 0700. Creation is
 * race-free across processes: the file is written under a temporary name and linked into place
 * atomically, so two processes starting at once agree on the value that won.
 * <p>
 * A secret given in the environment as {@code K2030_SECRET_<NAME>} (name upper-case, dashes as
 * underscores) takes precedence: several instances behind a load balancer must share keys such as
 * the one that seals TOTP secrets, and an orchestrator hands them to every instance that way.
 */
final class FileSecretStore implements SecretStore {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final Function<String, String> environment;

    FileSecretStore(Path directory, Function<String, String> environment) {
        this.directory = directory.toAbsolutePath().normalize();
        this.environment = environment;
    }

    @Override
    public String getOrCreate(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid secret name");
        }
        var given = environment.apply("K2030_SECRET_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        try {
            ensureDirectory();
            var file = directory.resolve(name);
            if (!Files.exists(file)) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Secret '" + name + "' could not be read or created in " + directory, e);
        }
    }

    private void ensureDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
        }
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    }

    private static void create(Path file) throws IOException {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var directory = Objects.requireNonNull(file.getParent(), "a secret file always has a directory");
        var temporary = Files.createTempFile(directory, ".new-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temporary, value, StandardCharsets.US_ASCII, StandardOpenOption.SYNC);
            Files.createLink(file, temporary);
        }
        catch (FileAlreadyExistsException lostTheRace) {
            // another process created it first: its value is the one everybody uses
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }
}
