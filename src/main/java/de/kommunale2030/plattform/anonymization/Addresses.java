package de.kommunale2030.plattform.anonymization;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Private addresses: street and number, postcode and town. The authority's own address (found in the
 * letterhead) and court addresses stay; every other street with a number is a person's or a
 * property's address.
 */
final class Addresses {

    /** A house number after a word; the street name before it is walked back by hand. */
    private static final Pattern HOUSE_NUMBER = Pattern.compile(
            "(?<=\\p{L}[.]?) \\d{1,3}(?: ?[a-zA-Z](?![\\p{L}\\p{N}]))?(?: ?[-/] ?\\d{1,4})?(?![\\p{N}]|[.,]\\d)");
    private static final Pattern POSTCODE_TOWN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:D-)?(\\d{5})[ \\t]+\\p{Lu}[\\p{L}\\p{M}.-]{1,40}"
            + "(?:(?: (?:an der|am|an|in der|im|ob der|vor der|bei) \\p{Lu}[\\p{L}\\p{M}-]{1,40})|(?: \\(\\p{L}{1,20}\\))|(?: \\p{Lu}[\\p{L}\\p{M}-]{1,40}(?= *(?:\\n|$|,|·))))?");
    private static final Pattern POST_BOX = Pattern.compile("Postfach \\d{1,6}(?: \\d{1,6})?");
    private static final Set<String> STREET_SUFFIXES = Set.of("straße", "strasse", "str.", "weg", "gasse", "platz", "allee",
            "ring", "damm", "ufer", "chaussee", "pfad", "steig", "stieg", "markt", "berg", "grund", "hain", "hang", "feld",
            "hof", "garten", "wall", "graben", "bichl", "kamp", "twiete", "brücke", "tor", "aue", "anger", "siedlung",
            "park", "höhe", "winkel", "zeile", "wiese", "wiesen", "bogen", "kai", "deich", "heide", "leite", "steige",
            "gässle", "gäßchen", "stiege", "tal", "blick", "busch", "holz", "acker", "lehne", "rain");
    private static final Set<String> PREPOSITIONS = Set.of("Am", "Im", "An", "Auf", "Zum", "Zur", "Unter", "Hinter",
            "Vor", "In", "Beim");
    private static final Set<String> LEADING_WORDS = Set.of("am", "im", "an", "auf", "in", "zum", "zur", "unter", "hinter",
            "vor", "alte", "alter", "neue", "neuer", "obere", "untere", "große", "kleine", "lange", "der", "den", "dem", "st.", "sankt");

    private static final Pattern PREPOSITION_AND_ARTICLE = Pattern.compile(
            "(?:^|[,:·] )((?:Am|Im|An|Auf|Zum|Zur|Unter|Hinter|Vor|In) (?:der|dem|den|die|das) )$");
    /** Nouns that count things ("Im Abschnitt 3", "Am Tag 2"): never the name of a street. */
    private static final Set<String> COUNTED = Set.of("jahr", "jahre", "monat", "tag", "abschnitt", "absatz", "kapitel",
            "zimmer", "raum", "teil", "fall", "punkt", "anhang", "los", "bereich", "stock", "geschoss", "rang", "alter");
    /** Where the authority names its own address: "bei der Gemeinde X, Lindenweg 4", "im Rathaus, Markt 1". */
    private static final Pattern AUTHORITY_BEFORE = Pattern.compile(
            "(?:\\b(?:bei|an|von) (?:der|dem|die|das) (?:Stadt|Gemeinde|Kreisverwaltung|Stadtverwaltung|Gemeindeverwaltung|Verbandsgemeindeverwaltung|Landkreis|Kreis|Amt|Markt|Bezirksamt|Landratsamt|Bürgermeisteramt|Magistrat)\\b[^.\\n]{0,60}|\\b[Ii]m Rathaus), $");

    private Addresses() {
    }

    static boolean hasPostcodeAndTown(String line) {
        return POSTCODE_TOWN.matcher(line).find();
    }

    static void find(Findings findings, Letter letter) {
        var text = findings.text();
        var authorityPostcodes = new HashSet<String>();
        for (var line : letter.head()) {
            keepAuthorityAddress(findings, text, line, authorityPostcodes);
        }
        var authorityStreets = new HashSet<String>();
        houseNumbers(text, (start, end) -> {
            if (AUTHORITY_BEFORE.matcher(text.substring(Math.max(0, start - 120), start)).find()) {
                authorityStreets.add(text.substring(start, end));
                var town = POSTCODE_TOWN.matcher(text).region(end, text.length());
                if (text.startsWith(", ", end) && town.region(end + 2, text.length()).lookingAt()) {
                    authorityPostcodes.add(town.group(1));
                }
            }
        });
        for (var street : authorityStreets) {
            keepEverywhere(findings, text, street);
        }
        houseNumbers(text, (start, end) -> {
            if (!Context.isCourtAddress(text, start)) {
                findings.add(EntityType.ADDRESS, start, end, "street-and-number", 0.85);
            }
        });
        var starts = findings.wordStarts();
        starts.each(POSTCODE_TOWN, at -> starts.isDigit(at + 4) && (starts.isDigit(at) || text.startsWith("D-", at)), town -> {
            if (!authorityPostcodes.contains(town.group(1)) && !Context.isCourtAddress(text, town.start())) {
                findings.add(EntityType.ADDRESS, town.start(), town.end(), "postcode-and-town", 0.85);
            }
        });
        var box = POST_BOX.matcher(text);
        while (box.find()) {
            if (box.start() >= letter.headEnd()) {
                findings.add(EntityType.ADDRESS, box.start(), box.end(), "post-box", 0.8);
            }
        }
        var field = letter.addressField();
        for (int i = 0; i < field.size(); i++) {
            var line = field.get(i);
            var content = line.stripped(text);
            int offset = line.start() + line.text(text).indexOf(content);
            // a firm that receives the letter (c/o Hausverwaltung …) is no one's personal data
            if ((content.startsWith("c/o ") || content.startsWith("bei ")) && !Names.BUSINESS.matcher(content).find()) {
                findings.add(EntityType.ADDRESS, offset, offset + content.length(), "address-field-care-of", 0.9);
            }
            boolean foreign = Letter.FOREIGN_POSTCODE_LINE.matcher(content).matches();
            if (foreign) {
                findings.add(EntityType.ADDRESS, offset, offset + content.length(), "address-field-foreign-postcode", 0.85);
            }
            // the line above the postcode is the street, whatever its name looks like (Achtern Diek 3, 5, rue X)
            boolean postcodeNext = i + 1 < field.size() && (Letter.POSTCODE_LINE.matcher(field.get(i + 1).stripped(text)).matches()
                    || Letter.FOREIGN_POSTCODE_LINE.matcher(field.get(i + 1).stripped(text)).matches());
            if (postcodeNext && !foreign && content.chars().anyMatch(Character::isDigit) && !content.startsWith("Postfach")) {
                findings.add(EntityType.ADDRESS, offset, offset + content.length(), "address-field-street", 0.85);
            }
        }
    }

    /** The letterhead's street, postcode and phone numbers are the authority's wherever they recur. */
    private static void keepAuthorityAddress(Findings findings, String text, Letter.Line line, Set<String> postcodes) {
        var content = line.text(text);
        houseNumbers(content, (start, end) -> keepEverywhere(findings, text, content.substring(start, end)));
        var town = POSTCODE_TOWN.matcher(content);
        while (town.find()) {
            postcodes.add(town.group(1));
        }
    }

    /** Every street with its house number: a space and a digit after a word, the street walked back from there. */
    private static void houseNumbers(String text, java.util.function.BiConsumer<Integer, Integer> street) {
        var number = HOUSE_NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = text.indexOf(' '); at >= 0 && at + 1 < text.length(); at = text.indexOf(' ', at + 1)) {
            if (!Character.isDigit(text.charAt(at + 1)) || !number.region(at, text.length()).lookingAt()) {
                continue;
            }
            int start = streetStart(text, at);
            if (start >= 0) {
                street.accept(start, number.end());
            }
        }
    }

    static void keepEverywhere(Findings findings, String text, String value) {
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            findings.keep(at, at + value.length());
        }
    }

    private static boolean isStreetChar(char c) {
        return Character.isLetter(c) || c == '.' || c == '-' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * Where the street name begins, or -1 if the words before the number are no street: the last word
     * must be a street word (…straße, …weg, Markt); words before it count only as a preposition
     * (Am, Zur) or an adjective of a place (Frankfurter, Brüggener).
     */
    /**
     * "Am Sauerbach 4", "Im Ried 7 a": a street named by a preposition and a field name. A capitalised
     * preposition inside a line is no sentence start, so after a comma, colon or a middle dot it names
     * a place; at a line start the address field decides instead. Counting nouns (Im Abschnitt 3) are
     * never streets.
     */
    private static int prepositionStreetStart(String text, int from, int to, String[] words) {
        for (int i = 0; i + 1 < words.length; i++) {
            if (!PREPOSITIONS.contains(words[i])) {
                continue;
            }
            if (COUNTED.contains(words[words.length - 1].toLowerCase(Locale.ROOT)) || words.length - i > 3) {
                return -1;
            }
            int start = from;
            for (int j = 0; j < i; j++) {
                start += words[j].length() + 1;
            }
            var before = text.substring(Math.max(0, start - 3), start);
            return before.endsWith(", ") || before.endsWith(": ") || before.endsWith("· ") ? start : -1;
        }
        // the article between preposition and name is lower case, so the walk back stopped at it: "An der Linde 4"
        if (words.length > 2 || COUNTED.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return -1;
        }
        var before = text.substring(Math.max(0, from - 18), from);
        var article = PREPOSITION_AND_ARTICLE.matcher(before);
        return article.find() ? from - before.length() + article.start(1) : -1;
    }

    private static int streetStart(String text, int to) {
        // up to four capitalised words before the number, on the same line
        int from = to;
        for (int words = 0; words < 4; words++) {
            int wordStart = from;
            while (wordStart > 0 && to - wordStart < 120 && isStreetChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == from || !Character.isUpperCase(text.charAt(wordStart))) {
                break;
            }
            from = wordStart;
            if (from == 0 || text.charAt(from - 1) != ' ') {
                break;
            }
            from--;
        }
        if (from < to && text.charAt(from) == ' ') {
            from++;
        }
        if (from >= to) {
            return -1;
        }
        var words = text.substring(from, to).split(" ");
        var last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (STREET_SUFFIXES.stream().noneMatch(last::endsWith)) {
            return prepositionStreetStart(text, from, to, words);
        }
        int start = to - words[words.length - 1].length();
        for (int i = words.length - 2; i >= 0; i--) {
            var word = words[i];
            var lower = word.toLowerCase(Locale.ROOT);
            if (LEADING_WORDS.contains(lower) || (lower.endsWith("er") && i == words.length - 2 && last.length() <= 7)) {
                start -= word.length() + 1;
            }
            else {
                break;
            }
        }
        return start;
    }
}
