package de.kommunale2030.plattform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.kommunale2030.plattform.audit.format.Canonical;
import de.kommunale2030.plattform.audit.format.Checkpoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checkpoints appended to {@code <directory>/<tenant id>.jsonl}, outside the database: whoever
 * rewrites the tables cannot rewrite this file from the database, and an external witness can copy
 * it. One JSON object per line (docs/audit-format.md).
 */
class CheckpointFile {

    private final Path directory;
    private final JsonMapper json;

    CheckpointFile(Path directory, JsonMapper json) {
        this.directory = directory;
        this.json = json;
    }

    /** Appends one line with a single write in append mode, so processes sharing the file do not interleave lines. */
    synchronized void append(Checkpoint checkpoint) {
        var line = json.createObjectNode()
            .put("tenant", checkpoint.tenant().toString())
            .put("seq", checkpoint.seq())
            .put("hash", Canonical.hex(checkpoint.hash()))
            .put("signedAt", Canonical.time(checkpoint.signedAt()))
            .put("keyId", checkpoint.keyId())
            .put("signature", Canonical.hex(checkpoint.signature()));
        try {
            createDirectory();
            try (var channel = FileChannel.open(file(checkpoint.tenant()), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((json.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(false);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit checkpoint file", e);
        }
    }

    /**
     * @return the checkpoints in the file, in file order; a line that cannot be read is returned as
     *         {@link Line#damaged()} so verification can name it
     */
    List<Line> read(UUID tenant) {
        var file = file(tenant);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            var lines = new ArrayList<Line>();
            var number = 0;
            for (var text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                try {
                    var node = json.readTree(text);
                    lines.add(new Line(number, new Checkpoint(UUID.fromString(node.get("tenant").stringValue()),
                            node.get("seq").longValue(), Canonical.unhex(node.get("hash").stringValue()),
                            Canonical.parseTime(node.get("signedAt").stringValue()), node.get("keyId").stringValue(),
                            Canonical.unhex(node.get("signature").stringValue()))));
                }
                catch (RuntimeException e) {
                    lines.add(new Line(number, null));
                }
            }
            return lines;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoint file", e);
        }
    }

    Path file(UUID tenant) {
        return directory.resolve(tenant + ".jsonl");
    }

    private void createDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
    }

    record Line(int number, Checkpoint checkpoint) {

        boolean damaged() {
            return checkpoint == null;
        }
    }
}
