package de.kommunale2030.plattform.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user sees comes from {@code messages_de.properties}: templates contain no text of
 * their own, every key they use exists, and no key is left unused.
 */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9.]+)");
    /** A key built in a template from a literal prefix, such as {@code 'records.field.' + ${name}}. */
    private static final Pattern KEY_PREFIX = Pattern.compile("'([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*\\.)' *\\+");
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*)<");

    @Test
    void templatesUseOnlyKeysThatExistAndEveryKeyIsUsed() throws IOException {
        var bundle = bundle();
        var used = new TreeSet<String>();
        var prefixes = new TreeSet<String>();
        for (var template : templates()) {
            var text = Files.readString(template);
            var matcher = KEY.matcher(text);
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
            var built = KEY_PREFIX.matcher(text);
            while (built.find()) {
                prefixes.add(built.group(1));
            }
        }
        assertThat(bundle.stringPropertyNames()).containsAll(used);
        // keys chosen in Java (an error message the controller picks) count as used where Java names them
        var java = javaSources();
        var unused = bundle.stringPropertyNames().stream()
            .filter(key -> !key.startsWith("problemDetail."))
            .filter(key -> !used.contains(key) && !java.contains("\"" + key + "\""))
            .filter(key -> prefixes.stream().noneMatch(key::startsWith))
            .toList();
        assertThat(unused).isEmpty();
    }

    @Test
    void templatesContainNoHardCodedText() throws IOException {
        for (var template : templates()) {
            var matcher = TEXT_NODE.matcher(Files.readString(template));
            while (matcher.find()) {
                assertThat(matcher.group(1).strip()).as("text in %s", template.getFileName()).isEmpty();
            }
        }
    }

    private static String javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            var text = new StringBuilder();
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                text.append(Files.readString(file));
            }
            return text.toString();
        }
    }

    private static Properties bundle() throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/messages_de.properties")),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static java.util.List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }
}
