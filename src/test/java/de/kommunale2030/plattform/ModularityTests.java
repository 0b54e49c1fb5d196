package de.kommunale2030.plattform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(K2030Application.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsItsOwnModule() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
            .contains("cli", "database", "secrets", "tenancy", "identity", "protection", "web", "audit", "crypto");
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (var file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    sortRelations(file);
                }
                else if (file.toString().endsWith(".adoc")) {
                    sortBulletLists(file);
                }
            }
        }
    }

    /**
     * The Documenter lists a diagram's relations in no stable order; sorted, the committed
     * diagrams change only when the modules do.
     */
    /**
     * The same for the module descriptions: each bullet list (a first item {@code |* …} or {@code * …}
     * and the items {@code * …} after it) comes out sorted.
     */
    private static void sortBulletLists(Path description) throws IOException {
        var lines = Files.readAllLines(description);
        var sorted = new java.util.ArrayList<String>(lines.size());
        for (int i = 0; i < lines.size(); ) {
            var line = lines.get(i);
            if (!line.startsWith("* ") && !line.startsWith("|* ")) {
                sorted.add(line);
                i++;
                continue;
            }
            var prefix = line.startsWith("|") ? "|" : "";
            var items = new java.util.ArrayList<String>();
            items.add(line.substring(prefix.length()));
            for (i++; i < lines.size() && lines.get(i).startsWith("* "); i++) {
                items.add(lines.get(i));
            }
            items.sort(null);
            sorted.add(prefix + items.getFirst());
            sorted.addAll(items.subList(1, items.size()));
        }
        Files.write(description, sorted);
    }

    private static void sortRelations(Path diagram) throws IOException {
        var lines = Files.readAllLines(diagram);
        var relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().iterator();
        var sorted = lines.stream().map(line -> line.startsWith("Rel(") ? relations.next() : line).toList();
        Files.write(diagram, sorted);
    }
}
