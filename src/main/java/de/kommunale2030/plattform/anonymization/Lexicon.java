package de.kommunale2030.plattform.anonymization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The word lists shipped in {@code anonymization/}: first names (CC BY 3.0 DE, see
 * {@code vornamen.NOTICE.md}) and common words that are also names. Loaded once per JVM.
 */
final class Lexicon {

    /** Names given fewer times than this are mostly rare spellings that collide with other words. */
    private static final int MIN_FIRST_NAME_COUNT = 5;

    private static final Lexicon INSTANCE = new Lexicon();

    private final Set<String> firstNames = new HashSet<>(32_768);
    private final Set<String> commonWords = new HashSet<>(512);

    private Lexicon() {
        read("common-words.txt", line -> commonWords.add(line.toLowerCase(Locale.ROOT)));
        read("vornamen.csv", line -> {
            var columns = line.split(",", -1);
            if (columns.length >= 2 && Checksums.allDigits(columns[1])
                    && Integer.parseInt(columns[1]) >= MIN_FIRST_NAME_COUNT
                    && !commonWords.contains(columns[0].toLowerCase(Locale.ROOT))) {
                firstNames.add(columns[0]);
            }
        });
    }

    static Lexicon get() {
        return INSTANCE;
    }

    /** Whether the word, exactly as written (capitalised), is a first name of the gazetteer. */
    boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    /** Whether the word is an ordinary word, whatever its case. */
    boolean isCommonWord(String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void read(String name, Consumer<String> line) {
        var resource = Lexicon.class.getResourceAsStream("/anonymization/" + name);
        if (resource == null) {
            throw new IllegalStateException("Missing resource anonymization/" + name);
        }
        try (var reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                var trimmed = text.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    line.accept(trimmed);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource anonymization/" + name, e);
        }
    }
}
