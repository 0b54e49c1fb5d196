package de.kommunale2030.plattform.anonymization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person names. First the places where a letter certainly names a person ("seeds"): after Herr,
 * Frau or Eheleute, after role labels (Antragstellerin:, Sachbearbeiter:, Kind:), the name lines of
 * the address field, the line under the closing formula, a first name of the gazetteer followed by a
 * surname, inverted lists (GROSSMANN, Sven) and birth names (geb. Schubert). Then propagation: every
 * other spelling of those names in the same text is a name too (surname alone, genitive, capitals,
 * transliteration, initials). A name that is also an ordinary word (Lange, Sommer, Fuchs) is masked
 * only next to a title, an initial or another part of the name.
 */
final class Names {

    private static final int MAX_WORD = 62;
    private static final Pattern INITIALS_BEFORE = Pattern.compile("(?:\\p{Lu}\\.(?:-\\p{Lu}\\.)? ?){1,3}$");
    private static final Set<String> TITLES = Set.of("Herr", "Herrn", "Frau", "Fräulein", "Eheleute", "Familie",
            "HERR", "HERRN", "FRAU", "EHELEUTE", "FAMILIE");
    private static final Set<String> ACADEMIC = Set.of("Dr", "Prof", "Dipl", "Ing", "med", "jur", "rer", "nat", "phil",
            "vet", "dent", "habil", "oec", "pol", "h", "c", "mult");
    private static final Set<String> PARTICLES = Set.of("von", "van", "vom", "de", "del", "della", "di", "da", "dos", "du",
            "zur", "zum", "zu", "ten", "ter", "al", "el", "le", "la", "bin", "ibn", "mac", "af", "av");
    /** Particles that follow another particle only (van den, von der). */
    private static final Set<String> SECOND_PARTICLES = Set.of("den", "der", "dem", "la", "los", "las");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
            "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "im", "am", "zum", "zur", "vom", "beim", "ins",
            "viele", "vielen", "mehrere", "alle", "jeder", "jede", "jedes", "diese", "dieser", "dieses", "diesem", "diesen",
            "Der", "Die", "Das", "Den", "Dem", "Ein", "Eine", "Im", "Am", "Zum", "Zur", "Vom", "Beim", "Kein", "Keine");
    private static final Set<String> ROLES = Set.of("antragsteller", "bearbeiter", "bearbeitung", "ansprechpartner",
            "kind", "schüler", "betreiber", "bestattungsfall", "verstorbene", "verstorbener", "erbe", "erben", "eigentümer",
            "halter", "betroffene", "betroffener", "gast", "kontoinhaber", "schuldner", "vertreter", "bevollmächtigte",
            "bevollmächtigter", "zeuge", "ehegatte", "empfänger", "mieter", "vermieter", "pächter", "inhaber",
            "geschäftsführer", "reisepass", "unterzeichner", "beteiligte", "beteiligter", "ehepartner", "partner",
            "auszubildende", "auszubildender", "student", "pflegeperson", "betreuer", "vormund", "bewohner");
    private static final Set<String> KIN = Set.of("sohn", "tochter", "kind", "ehemann", "ehefrau", "mutter", "vater",
            "bruder", "schwester", "enkel", "enkelin", "witwe", "witwer", "lebensgefährte", "lebensgefährtin", "neffe",
            "nichte", "onkel", "tante", "oma", "opa", "großmutter", "großvater", "sohnes", "kinder", "söhne", "mann",
            "partner", "partnerin", "freund", "freundin", "nachbar", "nachbarin", "schwager", "schwägerin", "cousin",
            "cousine", "stiefsohn", "stieftochter", "pflegekind", "enkelkind", "schwiegersohn", "schwiegertochter",
            "töchter");
    private static final Set<String> OFFICES = Set.of("bürgermeister", "bürgermeisterin", "oberbürgermeister",
            "oberbürgermeisterin", "landrat", "landrätin", "vorsitzende", "vorsitzender", "präsident", "präsidentin",
            "direktor", "direktorin", "kollege", "kollegin", "amtsleiter", "amtsleiterin", "minister", "ministerin",
            "architekt", "architektin", "rechtsanwalt", "rechtsanwältin", "notar", "notarin", "steuerberater",
            "steuerberaterin", "pfarrer", "pfarrerin");
    private static final String[] NOUN_ENDINGS = { "ung", "heit", "keit", "schaft", "tion", "tät", "nis", "ment",
            "ismus", "bescheid", "gebühr", "steuer", "straße", "amt", "kasse", "gesetz", "ordnung", "verwaltung", "stelle",
            "satzung", "antrag", "betrag", "vertrag", "recht", "zeit", "jahr", "monat", "geld", "hilfe", "zuschuss",
            "beitrag", "kosten", "zulage", "rente", "pflege", "schule", "wesen", "bonus", "nachweis", "unterlagen",
            "erklärung", "behörde", "gericht", "kammer", "kasse", "versicherung", "anspruch", "verfahren", "widerspruch" };
    /** Words that are never names, even after Herr or Frau (function words, months, weekdays). */
    private static final Set<String> NEVER_NAMES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
            "einem", "eines", "sie", "ihr", "ihre", "ihren", "ihrem", "ihres", "wir", "mit", "von", "vom", "für", "bei",
            "im", "am", "an", "auf", "aus", "nach", "zum", "zur", "und", "oder", "als", "wie", "wenn", "da", "so", "es",
            "er", "dies", "diese", "dieser", "dieses", "bitte", "januar", "februar", "märz", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag",
            "freitag", "samstag", "sonntag", "gegen", "über", "unter", "vor", "bis", "seit", "ab", "sehr", "geehrte",
            "geehrter", "nr", "abs", "satz", "euro");
    static final Pattern BUSINESS = Pattern.compile(
            "GmbH|&|Partner|Architekt|\\bAG\\b|\\bKG\\b|\\be\\. ?V\\.|\\bOHG\\b|\\bUG\\b|Pension|Hotel|Firma|Café|Restaurant|Praxis|Kanzlei|Verein|Gaststätte|Betrieb|Stadt|Gemeinde|Amt\\b|Verwaltung|[„“\"«»\\d]");

    private final Findings findings;
    private final String text;
    private final Letter letter;
    private final Lexicon lexicon = Lexicon.get();
    private final List<Token> tokens = new ArrayList<>();
    private final List<int[]> seeds = new ArrayList<>();
    /** Capitalised words that the text uses with an article (das Elterngeld, ein Koch): nouns, not names. */
    private final Set<String> nouns = new HashSet<>();

    private Names(Findings findings, Letter letter) {
        this.findings = findings;
        this.text = findings.text();
        this.letter = letter;
        tokenize();
    }

    /**
     * Words: letters and marks, with apostrophes and hyphens inside (Al-Khatib, O’Neill). A placeholder
     * is one opaque token, so that its label (PERSON, AUSWEISNUMMER) is never taken for a surname after
     * Herr or a role label and never spreads to the noun "Person".
     */
    private void tokenize() {
        var placeholders = findings.placeholders();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int placeholderEnd = text.charAt(i) == '[' ? placeholders.endOfOneAt(i) : -1;
            if (placeholderEnd > 0) {
                tokens.add(new Token(i, placeholderEnd, text.substring(i, placeholderEnd)));
                i = placeholderEnd;
                continue;
            }
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            int j = i + 1;
            while (j < length && j - start < MAX_WORD) {
                char c = text.charAt(j);
                if (isLetter(c)) {
                    end = j + 1;
                }
                else if (c != '-' && c != '\'' && c != '’') {
                    break;
                }
                j++;
            }
            tokens.add(new Token(start, end, text.substring(start, end)));
            i = Math.max(end, j);
        }
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private void collectNouns() {
        for (int i = 1; i < tokens.size(); i++) {
            if (startsUpper(tokens.get(i).text) && gapIs(i, " ") && ARTICLES.contains(tokens.get(i - 1).text)
                    && !(i >= 2 && isParticle(i - 2))) {
                nouns.add(Folding.plain(tokens.get(i).text));
            }
        }
    }

    static void find(Findings findings, Letter letter) {
        var names = new Names(findings, letter);
        names.collectNouns();
        names.collectSeeds();
        names.propagate();
    }

    // ---- seeds -------------------------------------------------------------------------------

    private void collectSeeds() {
        for (int i = 0; i < tokens.size(); i++) {
            var token = tokens.get(i);
            if (TITLES.contains(token.text) && !isCompoundPart(i)) {
                seedAfter(i + 1, false);
            }
            else if ((token.text.equals("Dr") || token.text.equals("Prof")) && gapIs(i + 1, ". ")
                    && !(i > 0 && (TITLES.contains(tokens.get(i - 1).text) || ACADEMIC.contains(tokens.get(i - 1).text)))) {
                seedAfter(i + 1, false);
            }
            else if (isRoleLabel(i)) {
                boolean colon = gap(i + 1).contains(":");
                seedAfter(i + 1, !colon);
                if (colon && isPluralRole(token.text)) {
                    listAfter(i + 1);
                }
            }
            // after "geb." a capitalised word is a birth name even where it is also a word (geb. Wagner)
            else if (token.text.equals("geb") && gapIs(i + 1, ". ") && i + 1 < tokens.size()
                    && nameLike(i + 1, true)) {
                seeds.add(new int[] { i + 1, i + 2 });
            }
            else if (isFirstName(i) && token.text.length() >= 3 && !afterArticle(i) && i + 1 < tokens.size()
                    && gapIs(i + 1, " ") && (nameLike(i + 1, true) || isParticle(i + 1))) {
                int end = collectName(i, false);
                if (end > i + 1) {
                    seeds.add(new int[] { i, end });
                }
            }
            else if (token.isAllCaps()) {
                invertedCapitals(i);
            }
        }
        addressFieldNames();
        for (var line : letter.signatures()) {
            lineSeed(line, true);
        }
        firstNamesBeforeAnd();
    }

    /** Herr/Frau/a role label, optionally an academic title, then the name. */
    private void seedAfter(int from, boolean needsFirstName) {
        int i = from;
        while (i < tokens.size() && i - from < 5 && (ACADEMIC.contains(tokens.get(i).text) || TITLES.contains(tokens.get(i).text))
                && gap(i + 1).matches("\\.?-? ?|\\.-")) {
            i++;
        }
        if (i >= tokens.size() || gap(i).contains("\n") || gap(i).length() > 3) {
            return;
        }
        if (needsFirstName && !isFirstName(i) && !tokens.get(i).isAllCaps()) {
            return;
        }
        if (OFFICES.contains(tokens.get(i).text.toLowerCase(Locale.ROOT))) {
            return;
        }
        int end = collectName(i, true);
        if (end > i) {
            seeds.add(new int[] { i, end });
        }
    }

    /** Kinder, Erben, Beteiligten: a label that announces more than one person. */
    private static boolean isPluralRole(String label) {
        var lower = label.toLowerCase(Locale.ROOT);
        return (lower.endsWith("er") && ROLES.contains(lower.substring(0, lower.length() - 2)))
                || (lower.endsWith("n") && ROLES.contains(lower.substring(0, lower.length() - 1)));
    }

    /**
     * A plural label lists several persons on its line ("Erben: Jana Beispiel (Tochter), Tom Beispiel und
     * Ida Beispiel"): after each name, an optional remark in brackets, then "," or "und" and the next.
     */
    private void listAfter(int from) {
        int position = from;
        for (int names = 0; names < 6 && position < tokens.size(); names++) {
            int end = collectName(position, true);
            if (end <= position) {
                return;
            }
            int after = tokens.get(end - 1).end;
            if (after < text.length() && text.startsWith(" (", after)) {
                int close = text.indexOf(')', after);
                int newline = text.indexOf('\n', after);
                if (close < 0 || close - after > 30 || (newline >= 0 && newline < close)) {
                    return;
                }
                after = close + 1;
            }
            int next;
            if (text.startsWith(", ", after)) {
                next = after + 2;
            }
            else if (text.startsWith(" und ", after)) {
                next = after + 5;
            }
            else {
                return;
            }
            position = firstTokenFrom(next);
            if (position >= tokens.size() || tokens.get(position).start != next) {
                return;
            }
            int nameEnd = collectName(position, true);
            if (nameEnd > position) {
                seeds.add(new int[] { position, nameEnd });
            }
        }
    }

    /** Tokens of one name from {@code i}: name-like words and particles, separated by single spaces. */
    private int collectName(int i, boolean afterTitle) {
        int j = i;
        boolean particleAllowed = true;
        boolean surname = afterTitle;
        while (j < tokens.size() && j - i < 6) {
            if (j > i && !gapIs(j, " ")) {
                break;
            }
            if (isParticle(j) && particleAllowed && j + 1 < tokens.size() && gapIs(j + 1, " ")) {
                int k = j + 1;
                if (SECOND_PARTICLES.contains(tokens.get(k).text.toLowerCase(Locale.ROOT)) && k + 1 < tokens.size()
                        && gapIs(k + 1, " ")) {
                    k++;
                }
                if (nameLike(k, true)) {
                    j = k + 1;
                    particleAllowed = false;
                    continue;
                }
                break;
            }
            if (!nameLike(j, surname) || (j > i && !surname && !isFirstName(j) && nouns.contains(Folding.plain(tokens.get(j).text)))) {
                break;
            }
            boolean capitals = tokens.get(j).isAllCaps();
            particleAllowed = isFirstName(j) || capitals;
            surname = isFirstName(j);
            j++;
            // after a surname only a name in capitals continues (MOROSOW DMITRIJ); "Herr Schmidt Widerspruch" stops
            if (!surname && !capitals && !(j < tokens.size() && isFirstName(j - 1))) {
                break;
            }
        }
        return j;
    }

    /** GROSSMANN, Sven · DI STEFANO, MARCELLO · MOROSOW DMITRIJ */
    private void invertedCapitals(int i) {
        if (i > 0 && tokens.get(i - 1).isAllCaps() && gapIs(i, " ")) {
            return;
        }
        int j = i;
        boolean common = false;
        while (j < tokens.size() && j - i < 4 && tokens.get(j).isAllCaps() && (j == i || gapIs(j, " "))) {
            common |= lexicon.isCommonWord(tokens.get(j).text);
            j++;
        }
        // the comma form makes even an ordinary word a surname (LANGE, VIKTOR); without it, it must not be one
        if (j < tokens.size() && gapIs(j, ", ") && isFirstName(capitalised(tokens.get(j).text))) {
            int end = j + 1;
            while (end < tokens.size() && gapIs(end, " ") && isFirstName(capitalised(tokens.get(end).text))) {
                end++;
            }
            seeds.add(new int[] { i, end });
            return;
        }
        if (!common && j - i >= 2 && j - i <= 5) {
            for (int k = i; k < j; k++) {
                if (isFirstName(capitalised(tokens.get(k).text))) {
                    seeds.add(new int[] { i, j });
                    return;
                }
            }
        }
    }

    /** Name lines of the address field: every line above the street that is not a title, a business or a care-of line. */
    private void addressFieldNames() {
        for (var line : letter.addressField()) {
            var content = line.stripped(text);
            if (content.startsWith("c/o ") && !BUSINESS.matcher(content).find()) {
                // "c/o Nowak": the person who receives the letter for the addressee
                lineSeed(line, false);
                break;
            }
            // from the street on (Lindenweg 3, 5, rue X) no line names a person, nor the country under it
            if (content.startsWith("c/o") || content.chars().anyMatch(Character::isDigit) || content.startsWith("Postfach")) {
                break;
            }
            lineSeed(line, false);
        }
    }

    /** The names of one line; "Friedrich Koch und Annegret Koch-Winter" gives two. */
    private void lineSeed(Letter.Line line, boolean signature) {
        var content = line.stripped(text);
        if (content.isEmpty() || BUSINESS.matcher(content).find() || content.length() > 80) {
            return;
        }
        var names = new ArrayList<int[]>();
        int first = -1;
        int last = -1;
        for (int i = firstTokenFrom(line.start()); i < tokens.size() && tokens.get(i).end <= line.end(); i++) {
            var token = tokens.get(i);
            if (TITLES.contains(token.text) || ACADEMIC.contains(token.text) || token.text.equals("und") || token.text.equals("gez")) {
                if (first >= 0) {
                    names.add(new int[] { first, last + 1 });
                    first = -1;
                }
                continue;
            }
            boolean word = nameLike(i, first >= 0 && isFirstName(last)) || (isParticle(i) && first >= 0) || isFirstName(i)
                    || (signature && isSeedWord(token.text));
            if (!word) {
                if (signature) {
                    return;
                }
                continue;
            }
            first = first < 0 ? i : first;
            last = i;
        }
        if (first >= 0) {
            names.add(new int[] { first, last + 1 });
        }
        if (names.isEmpty()) {
            return;
        }
        int words = names.stream().mapToInt(name -> name[1] - name[0]).sum();
        // a signature is a full name, or a lone surname ("gez. Weißenborn") that no rule calls a word
        boolean fullName = words >= 2 && words <= 5 && isFirstName(names.getFirst()[0]);
        int only = names.getFirst()[0];
        boolean loneSurname = words == 1 && (nameLike(only) && !nouns.contains(Folding.plain(tokens.get(only).text))
                || isSeedWord(tokens.get(only).text));
        if (signature && (names.size() != 1 || !(fullName || loneSurname))) {
            return;
        }
        seeds.addAll(names);
    }

    /** Part of an e-mail address or web address (m.kowalczyk@…): lower case there says nothing about the word. */
    private boolean isInAddress(Token token) {
        char before = token.start > 0 ? text.charAt(token.start - 1) : ' ';
        char after = token.end < text.length() ? text.charAt(token.end) : ' ';
        return before == '.' || before == '@' || before == '_' || before == '/' || after == '@' || after == '_'
                || (after == '.' && token.end + 1 < text.length() && Character.isLetter(text.charAt(token.end + 1)));
    }

    /** Whether a seed found so far holds this word (Herr Winter … Im Auftrag, Winter). */
    private boolean isSeedWord(String word) {
        for (var seed : seeds) {
            for (int i = seed[0]; i < seed[1]; i++) {
                if (tokens.get(i).text.equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Mats und Ida Großmann", "Stefan + Maria Popescu": a lone first name joined to a seed. */
    private void firstNamesBeforeAnd() {
        var starts = new HashSet<Integer>();
        seeds.forEach(seed -> starts.add(seed[0]));
        for (int start : starts) {
            if (start >= 2 && tokens.get(start - 1).text.equals("und") && gapIs(start - 1, " ") && gapIs(start, " ")
                    && isFirstName(start - 2)) {
                seeds.add(new int[] { start - 2, start - 1 });
            }
            else if (start >= 1 && gap(start).matches(" [+&] ") && isFirstName(start - 1)) {
                seeds.add(new int[] { start - 1, start });
            }
        }
    }

    // ---- propagation -------------------------------------------------------------------------

    private void propagate() {
        if (seeds.isEmpty()) {
            return;
        }
        var lowercaseWords = new HashSet<String>();
        for (var token : tokens) {
            if (Character.isLowerCase(token.text.charAt(0)) && !isInAddress(token)) {
                lowercaseWords.add(token.text);
            }
        }
        var persons = persons();
        Map<String, NameForm> forms = new HashMap<>();
        var particlesOfSeeds = new HashSet<String>();
        for (int p = 0; p < persons.size(); p++) {
            for (var word : persons.get(p)) {
                if (PARTICLES.contains(word.toLowerCase(Locale.ROOT)) || SECOND_PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
                    particlesOfSeeds.add(word.toLowerCase(Locale.ROOT));
                    continue;
                }
                register(forms, word, p, lowercaseWords);
                if (word.indexOf('-') > 0) {
                    for (var part : word.split("-")) {
                        if (part.length() >= 3) {
                            register(forms, part, p, lowercaseWords);
                        }
                    }
                }
            }
        }
        var marked = new int[tokens.size()];
        java.util.Arrays.fill(marked, -1);
        for (var seed : seeds) {
            for (int i = seed[0]; i < seed[1]; i++) {
                if (!isParticle(i)) {
                    marked[i] = 0;
                }
            }
        }
        // First the unambiguous spellings, then ordinary words that stand next to a name part.
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < tokens.size(); i++) {
                if (marked[i] >= 0 || isCompoundPart(i) || !startsUpper(tokens.get(i).text)) {
                    continue;
                }
                var form = lookup(forms, tokens.get(i).text);
                if (form == null) {
                    continue;
                }
                if (!form.ambiguous || (pass == 1 && nextToName(i, marked))) {
                    marked[i] = 1;
                }
            }
        }
        // lists of the form "Demir, Emir": a first name after a surname of the letter and a comma
        for (int i = 1; i < tokens.size(); i++) {
            if (marked[i] < 0 && marked[i - 1] >= 0 && gapIs(i, ", ") && isFirstName(i) && !isAbbreviationBeforeNumber(i)) {
                marked[i] = 1;
            }
        }
        emitSpans(marked, persons, particlesOfSeeds);
    }

    /** "Zi. 14", "Nr. 5": an abbreviation that counts something, not a first name. */
    private boolean isAbbreviationBeforeNumber(int i) {
        int end = tokens.get(i).end;
        return end + 2 < text.length() && text.charAt(end) == '.' && text.charAt(end + 1) == ' '
                && Character.isDigit(text.charAt(end + 2));
    }

    private final Map<String, Set<String>> formCache = new HashMap<>();

    private Set<String> formsOf(String word) {
        return formCache.computeIfAbsent(word, Folding::forms);
    }

    private void register(Map<String, NameForm> forms, String word, int person, Set<String> lowercaseWords) {
        boolean ambiguous = lexicon.isCommonWord(word) || lowercaseWords.contains(word.toLowerCase(Locale.ROOT)) || word.length() < 3
                || nouns.contains(Folding.plain(word));
        for (var form : Folding.forms(word)) {
            var existing = forms.get(form);
            forms.put(form, new NameForm(existing == null ? person : existing.person, ambiguous || (existing != null && existing.ambiguous)));
        }
    }

    private NameForm lookup(Map<String, NameForm> forms, String word) {
        for (var form : formsOf(word)) {
            var found = forms.get(form);
            if (found != null) {
                return found;
            }
        }
        // genitive: Großkopfs, Ștefans, Müller's
        if (word.length() > 3 && (word.endsWith("s") || word.endsWith("S") || word.endsWith("'s") || word.endsWith("’s"))) {
            var stem = word.substring(0, word.length() - (word.endsWith("s") || word.endsWith("S") ? 1 : 2));
            stem = stem.endsWith("'") || stem.endsWith("’") ? stem.substring(0, stem.length() - 1) : stem;
            for (var form : formsOf(stem)) {
                var found = forms.get(form);
                if (found != null && !found.ambiguous) {
                    return found;
                }
            }
        }
        return null;
    }

    private boolean nextToName(int i, int[] marked) {
        if (i > 0 && gapIs(i, " ") && (marked[i - 1] >= 0 || TITLES.contains(tokens.get(i - 1).text))) {
            return true;
        }
        if (initialsDirectlyBefore(i)) {
            return true;
        }
        return i + 1 < tokens.size() && marked[i + 1] >= 0 && (gapIs(i + 1, " ") || gapIs(i + 1, ", "));
    }

    private boolean initialsDirectlyBefore(int i) {
        var before = text.substring(Math.max(0, tokens.get(i).start - 12), tokens.get(i).start);
        var matcher = INITIALS_BEFORE.matcher(before);
        return matcher.find() && matcher.end() == before.length() && before.endsWith(". ");
    }

    private void emitSpans(int[] marked, List<Set<String>> persons, Set<String> particlesOfSeeds) {
        // form -> persons with a word of that form, each person once per word
        Map<String, List<Integer>> byForm = new HashMap<>();
        for (int p = 0; p < persons.size(); p++) {
            for (var word : persons.get(p)) {
                for (var form : Folding.forms(word)) {
                    var list = byForm.computeIfAbsent(form, f -> new ArrayList<>());
                    if (list.isEmpty() || list.getLast() != p) {
                        list.add(p);
                    }
                }
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            if (marked[i] < 0) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int j = i + 1;
            while (j < tokens.size()) {
                var gap = gap(j);
                if (marked[j] >= 0 && (gap.equals(" ") || (gap.equals(", ") && (tokens.get(last).isAllCaps() || tokens.get(j).isAllCaps())))) {
                    last = j++;
                    continue;
                }
                if (gap.equals(" ") && particleRun(j, particlesOfSeeds) > j && marked[particleRun(j, particlesOfSeeds)] >= 0
                        && gapIs(particleRun(j, particlesOfSeeds), " ")) {
                    last = particleRun(j, particlesOfSeeds);
                    j = last + 1;
                    continue;
                }
                break;
            }
            int start = tokens.get(first).start;
            // particles before the name (von Wedel, van den Broek) and initials (H.-J. Großkopf)
            int p = first - 1;
            while (p >= 0 && gapIs(p + 1, " ") && particlesOfSeeds.contains(tokens.get(p).text.toLowerCase(Locale.ROOT))) {
                start = tokens.get(p).start;
                p--;
            }
            var before = text.substring(Math.max(0, start - 12), start);
            var initials = INITIALS_BEFORE.matcher(before);
            if (initials.find() && before.endsWith(". ") && (initials.start() == 0 || !Character.isLetterOrDigit(before.charAt(initials.start() - 1)))) {
                start -= before.length() - initials.start();
            }
            var words = new HashSet<String>();
            for (int k = first; k <= last; k++) {
                var word = tokens.get(k).text;
                words.addAll(formsOf(word));
                if (word.length() > 3 && (word.endsWith("s") || word.endsWith("S"))) {
                    words.addAll(formsOf(word.substring(0, word.length() - 1)));
                }
            }
            int person = personOf(words, byForm);
            // a name that belongs to no seed (a first name in a list) is its own person
            var key = person >= 0 ? "PERSON:" + person : "PERSON:" + Folding.plain(text.substring(start, tokens.get(last).end));
            findings.add(EntityType.PERSON, start, tokens.get(last).end, "name", 0.85, key);
            i = last + 1;
        }
    }

    private int particleRun(int j, Set<String> particlesOfSeeds) {
        int k = j;
        while (k < tokens.size() && k - j < 3 && particlesOfSeeds.contains(tokens.get(k).text.toLowerCase(Locale.ROOT))
                && (k == j || gapIs(k, " "))) {
            k++;
        }
        return k == j || k >= tokens.size() ? j : k;
    }

    /** The seeds grouped into persons: a seed whose words all belong to a longer one is that person. */
    private List<Set<String>> persons() {
        var distinct = new java.util.LinkedHashMap<String, int[]>();
        for (var seed : seeds) {
            distinct.putIfAbsent(text.substring(tokens.get(seed[0]).start, tokens.get(seed[1] - 1).end), seed);
        }
        var ordered = new ArrayList<>(distinct.values());
        ordered.sort((a, b) -> a[1] - a[0] != b[1] - b[0] ? (b[1] - b[0]) - (a[1] - a[0]) : a[0] - b[0]);
        var persons = new ArrayList<Set<String>>();
        var personForms = new ArrayList<Set<String>>();
        for (var seed : ordered) {
            var words = new ArrayList<String>();
            var seedForms = new HashSet<String>();
            for (int i = seed[0]; i < seed[1]; i++) {
                words.add(tokens.get(i).text);
                if (!isParticle(i)) {
                    seedForms.addAll(Folding.forms(tokens.get(i).text));
                }
            }
            boolean known = false;
            for (int p = 0; p < persons.size() && !known; p++) {
                if (personForms.get(p).containsAll(seedForms)) {
                    persons.get(p).addAll(words);
                    known = true;
                }
            }
            if (!known) {
                persons.add(new java.util.LinkedHashSet<>(words));
                personForms.add(seedForms);
            }
        }
        return persons;
    }

    /** The person with the most words among the span's forms; ties go to the person named first. */
    private static int personOf(Set<String> spanForms, Map<String, List<Integer>> byForm) {
        var scores = new HashMap<Integer, Integer>();
        for (var form : spanForms) {
            for (int person : byForm.getOrDefault(form, List.of())) {
                scores.merge(person, 1, Integer::sum);
            }
        }
        int best = -1;
        int bestScore = 0;
        for (var entry : scores.entrySet()) {
            if (entry.getValue() > bestScore || (entry.getValue() == bestScore && entry.getKey() < best)) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return best;
    }

    // ---- token predicates --------------------------------------------------------------------

    /** Index of the first token that starts at or after {@code offset}. */
    private int firstTokenFrom(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).start < offset) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        return low;
    }

    /** Whether exactly {@code separator} stands between token {@code i - 1} and token {@code i}. */
    private boolean gapIs(int i, String separator) {
        if (i <= 0 || i >= tokens.size()) {
            return false;
        }
        int from = tokens.get(i - 1).end;
        return tokens.get(i).start - from == separator.length() && text.startsWith(separator, from);
    }

    /** The text between token {@code i - 1} and token {@code i}. */
    private String gap(int i) {
        if (i <= 0 || i >= tokens.size()) {
            return "\n";
        }
        return text.substring(tokens.get(i - 1).end, tokens.get(i).start);
    }

    private boolean isCompoundPart(int i) {
        var token = tokens.get(i);
        return (token.end < text.length() && text.charAt(token.end) == '-')
                || (token.start > 0 && text.charAt(token.start - 1) == '-');
    }

    private boolean isRoleLabel(int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        var gap = gap(i + 1);
        boolean colon = gap.startsWith(":") || gap.startsWith(" :");
        boolean capitals = tokens.get(i + 1).isAllCaps();
        if (!colon && !capitals && !gap.equals(" ") && !gap.equals(", ")) {
            return false;
        }
        var lower = tokens.get(i).text.toLowerCase(Locale.ROOT);
        var stem = lower.endsWith("innen") ? lower.substring(0, lower.length() - 5)
                : lower.endsWith("in") ? lower.substring(0, lower.length() - 2) : lower;
        if (colon && lower.endsWith("er") && ROLES.contains(lower.substring(0, lower.length() - 2))) {
            return true; // a plural label (Kinder:) before a list of names
        }
        // a compound ending in a role (Platzhalter) is a role only before a colon
        if (colon ? ROLES.stream().anyMatch(stem::endsWith) : capitals && (ROLES.contains(lower) || ROLES.contains(stem))) {
            return true;
        }
        return KIN.contains(lower) && isFirstName(i + 1);
    }

    private boolean afterArticle(int i) {
        if (i == 0 || !gapIs(i, " ")) {
            return false;
        }
        var previous = tokens.get(i - 1).text;
        return Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "im", "am", "zum", "zur",
                "vom", "beim", "jeden", "jede").contains(previous);
    }

    private boolean nameLike(int i) {
        return nameLike(i, false);
    }

    /**
     * @param surname whether the context already makes this word a name (after Herr, after a first
     *                name), so that an ordinary word such as Lange or Sommer counts
     */
    private boolean nameLike(int i, boolean surname) {
        if (i >= tokens.size()) {
            return false;
        }
        var word = tokens.get(i).text;
        var lower = word.toLowerCase(Locale.ROOT);
        if (!startsUpper(word) || TITLES.contains(word) || NEVER_NAMES.contains(lower) || OFFICES.contains(lower)
                || (!surname && lexicon.isCommonWord(word))) {
            return false;
        }
        if (word.length() == 1) {
            return false;
        }
        if (!isFirstName(i)) {
            for (var ending : NOUN_ENDINGS) {
                if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                    return false;
                }
            }
        }
        // a word followed by a period inside a sentence is an abbreviation (Nr., Abs.), not a name
        return !(tokens.get(i).end < text.length() && text.charAt(tokens.get(i).end) == '.' && word.length() <= 4
                && !tokens.get(i).isAllCaps());
    }

    private boolean isParticle(int i) {
        return i < tokens.size() && PARTICLES.contains(tokens.get(i).text.toLowerCase(Locale.ROOT));
    }

    private boolean isFirstName(int i) {
        return i < tokens.size() && isFirstName(tokens.get(i).text);
    }

    private boolean isFirstName(String word) {
        if (word.indexOf('-') > 0) {
            for (var part : word.split("-")) {
                if (!lexicon.isFirstName(part)) {
                    return false;
                }
            }
            return true;
        }
        return lexicon.isFirstName(word) && !PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean startsUpper(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private record Token(int start, int end, String text) {

        /** Starts with a bracket, which no word does. */
        boolean isPlaceholder() {
            return text.charAt(0) == '[';
        }

        boolean isAllCaps() {
            if (text.length() < 2 || isPlaceholder()) {
                return false;
            }
            boolean letters = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters |= Character.isLetter(c);
            }
            return letters;
        }
    }

    private record NameForm(int person, boolean ambiguous) {
    }
}
