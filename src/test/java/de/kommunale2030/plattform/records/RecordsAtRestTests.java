package de.kommunale2030.plattform.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.identity.Staff;
import de.kommunale2030.plattform.identity.Username;
import de.kommunale2030.plattform.tenancy.Ags;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker with the disk or a dump finds: seeded canary values written through the API
 * must appear nowhere under the data directory (table files, WAL, logs, checkpoint files) and
 * nowhere in a full logical dump of the database. Positive controls show that the scan and the
 * dump do find plaintext that is stored in clear on purpose (the Kommune's name).
 */
class RecordsAtRestTests extends PlatformTest {

    @Test
    void canaryValuesAppearNeitherInTheDataDirectoryNorInADump() throws Exception {
        var marker = "Kanari" + randomLetters(10);
        var kommune = "Gemeinde " + marker + "hausen";
        var onboarded = onboarding.onboard(Ags.of(freshAgs()), kommune, Username.of("admin"));
        var ags = onboarded.tenant().ags().value();
        var admin = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "admin", onboarded.initialPassword());
        var created = admin.post("/api/v1/users", Map.of("username", "k.anari", "displayName", "Konto", "roles",
                List.of("SACHBEARBEITUNG")));
        var clerk = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "k.anari", created.json().get("initialPassword").asString())
            .withPurpose("hundesteuer");

        var canaries = new ArrayList<String>();
        for (int i = 0; i < 20; i++) {
            var person = new LinkedHashMap<String, Object>();
            person.put("familyName", marker + "Familie" + i);
            person.put("givenNames", marker + "Vorname" + i);
            person.put("birthDate", "1970-01-" + String.format("%02d", i + 1));
            person.put("address", Map.of("street", marker + "straße " + i, "postalCode", "99" + String.format("%03d", i),
                    "city", marker + "stadt"));
            person.put("email", marker.toLowerCase(java.util.Locale.ROOT) + i + "@example.org");
            var response = clerk.post("/api/v1/persons", person);
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            canaries.add(marker + "Familie" + i);
            canaries.add(marker + "Vorname" + i);
            canaries.add(marker + "straße " + i);
        }
        canaries.add(marker + "stadt");
        canaries.add(marker.toLowerCase(java.util.Locale.ROOT) + "0@example.org");
        // search and read too, so request handling had every value in hand
        PersonsApiTests.search(clerk, marker + "Familie3", "1970-01-04");

        checkpoint();
        var texts = new ArrayList<String>(canaries);
        texts.add(kommune);
        var found = filesContaining(DATA_DIRECTORY, texts);
        assertThat(found.get(kommune)).as("positive control: the Kommune's name is stored in clear and must be found")
            .isNotEmpty();
        for (var canary : canaries) {
            assertThat(found.get(canary)).as(canary).isEmpty();
        }

        var dump = dump();
        assertThat(dump).as("positive control").contains(kommune);
        assertThat(canaries).allSatisfy(canary -> assertThat(dump).doesNotContain(canary));
        assertThat(dump).doesNotContain(marker + "Familie").doesNotContain(marker.toLowerCase(java.util.Locale.ROOT) + "0@");
    }

    /** Writes every dirty buffer to the table files, so the scan sees what a stolen disk would hold. */
    private void checkpoint() throws SQLException {
        try (var connection = superuser(); var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    /** Every row of every table outside the system schemas in PostgreSQL's text format, as pg_dump writes data. */
    private String dump() throws SQLException, IOException {
        var out = new ByteArrayOutputStream();
        try (var connection = superuser()) {
            var tables = new ArrayList<String>();
            try (var statement = connection.createStatement(); var rs = statement.executeQuery("""
                    SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                    WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("records.person", "crypto.subject_key", "audit.entry");
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (var table : tables) {
                copy.copyOut("COPY " + table + " TO STDOUT", out);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** For each text, the files whose bytes contain its UTF-8 encoding; each file is read once. */
    private static Map<String, List<Path>> filesContaining(Path root, List<String> texts) throws IOException {
        var found = new LinkedHashMap<String, List<Path>>();
        // ISO 8859-1 maps each byte to one char, so String.indexOf searches the raw bytes
        var needles = new LinkedHashMap<String, String>();
        for (var text : texts) {
            found.put(text, new ArrayList<>());
            needles.put(text, new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }
        try (var paths = Files.walk(root)) {
            for (var path : paths.filter(Files::isRegularFile).toList()) {
                String content;
                try {
                    content = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
                }
                catch (IOException e) {
                    continue; // a file PostgreSQL removed while we walked
                }
                needles.forEach((text, needle) -> {
                    if (content.contains(needle)) {
                        found.get(text).add(root.relativize(path));
                    }
                });
            }
        }
        return found;
    }

    private static String randomLetters(int length) {
        var random = new Random();
        var letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
