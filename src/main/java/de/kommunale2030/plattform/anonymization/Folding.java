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

    /** Latin letters up to U+024F without their marks, computed once; beyond that NFD per char. */
    private static final String[] LATIN = new String[0x250];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            LATIN[c] = c < 0x80 ? null : decompose(c);
        }
    }

    private static String stripMarks(String lower) {
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String replacement = c < 0x80 ? null : c < LATIN.length ? LATIN[c] : decompose(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(lower.length() + 4).append(lower, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                }
                else {
                    out.append(c);
                }
            }
        }
        return out == null ? lower : out.toString();
    }

    private static String decompose(char c) {
        switch (c) {
            case 'ß':
                return "ss";
            case 'ı':
                return "i";
            case 'ł':
                return "l";
            case 'ø':
                return "o";
            case 'æ':
                return "ae";
            case 'đ':
                return "d";
            default:
                break;
        }
        var decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        var out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char part = decomposed.charAt(i);
            int type = Character.getType(part);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.append(part);
            }
        }
        return out.toString();
    }
}
