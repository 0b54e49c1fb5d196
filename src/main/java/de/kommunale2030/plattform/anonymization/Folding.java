package de.kommunale2030.plattform.anonymization;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The spellings under which one name turns up again in the same letter: other case, umlauts written
 * out (Öztürk, OEZTUERK), diacritics dropped (Kovačević, KOVACEVIC), the hyphen of a particle dropped
 * (Al-Khatib, Alkhatib) and the common German/English transliterations of Cyrillic names
 * (Smirnowa, Smirnova; Morosow, Morozov).
 */
final class Folding {

    private Folding() {
    }

    /** Every folded form of a word; two words are spellings of one name if their forms intersect. */
    static Set<String> forms(String word) {
        var forms = new LinkedHashSet<String>(4);
        var lower = word.toLowerCase(Locale.ROOT);
        var expanded = stripMarks(lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"));
        var stripped = stripMarks(lower);
        forms.add(expanded);
        forms.add(stripped);
        forms.add(stripped.replace("-", ""));
        if (stripped.length() >= 5) {
            forms.add(loose(stripped));
            forms.add(loose(expanded));
        }
        return forms;
    }

    /** Case and marks folded only: for comparing a phrase with a list entry. */
    static String plain(String text) {
        return stripMarks(text.toLowerCase(Locale.ROOT));
    }

    private static String loose(String folded) {
        return folded.replace('w', 'v').replace('z', 's').replace('y', 'i').replace('j', 'i');
    }

    private static String stripMarks(String lower) {
        var decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        var out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                }
                default -> out.append(switch (c) {
                    case 'ß' -> "ss";
                    case 'ı' -> "i";
                    case 'ł' -> "l";
                    case 'ø' -> "o";
                    case 'æ' -> "ae";
                    case 'đ' -> "d";
                    default -> String.valueOf(c);
                });
            }
        }
        return out.toString();
    }
}
