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
            .contains("cli", "database", "secrets", "tenancy", "identity", "protection", "web");
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (var diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
    }

    /**
     * The Documenter lists a diagram's relations in no stable order; sorted, the committed
     * diagrams change only when the modules do.
     */
    private static void sortRelations(Path diagram) throws IOException {
        var lines = Files.readAllLines(diagram);
        var relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().iterator();
        var sorted = lines.stream().map(line -> line.startsWith("Rel(") ? relations.next() : line).toList();
        Files.write(diagram, sorted);
    }
}
