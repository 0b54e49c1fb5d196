package de.kommunale2030.plattform.anonymization;

import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Identifiers found by their shape, confirmed by a check digit, libphonenumber or a label before
 * them. Every repetition is bounded so that no input makes a pattern backtrack for long.
 */
final class Identifiers {

    private static final String DIGITS_BOUNDARY = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";

    /** The domain of an e-mail address, matched from its {@code @}; the local part is walked back by hand. */
    private static final Pattern EMAIL_DOMAIN = Pattern.compile(
            "@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,8}\\.\\p{L}{2,24}" + END);
    private static final Pattern IBAN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?" + END);
    private static final Pattern BIC = Pattern.compile(
            "(?:BIC|SWIFT|Swift-Code|BIC-Code)\\s?:?\\s?([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)" + END);
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{L}\\p{N}+.,/])(?:\\+\\d{1,3} ?(?:\\(0\\) ?)?\\d{1,5}|\\(0\\d{1,5}\\)|0\\d{1,5})(?:(?: ?[/-] ?| )?\\d{1,8}){1,4}(?![\\p{N}.,]\\d|\\p{L}|\\d)");
    /** Month and year of a period (08/2025), which a phone pattern would take for a prefix and a number. */
    private static final Pattern MONTH_AND_YEAR = Pattern.compile("(?:0[1-9]|1[0-2]) ?/ ?(?:19|20)\\d{2}");
    /** German mobile numbers: an authority's letterhead has no mobile switchboard, so these are a person's. */
    private static final Pattern MOBILE = Pattern.compile("(?:\\+49 ?(?:\\(0\\) ?)?|\\(?0)1[5-7]\\d.*");
    private static final Pattern TAX_ID = Pattern.compile(DIGITS_BOUNDARY + "\\d{2} ?\\d{3} ?\\d{3} ?\\d{3}" + END);
    private static final Pattern TAX_NUMBER = Pattern.compile(DIGITS_BOUNDARY + "\\d{2,3}/\\d{3,4}/\\d{4,5}(?![\\p{N}/])");
    private static final Pattern PENSION_NUMBER = Pattern.compile(DIGITS_BOUNDARY + "\\d{2} ?\\d{6} ?[A-Z] ?\\d{3}" + END);
    private static final Pattern ID_CARD = Pattern.compile(DIGITS_BOUNDARY + "[0-9CFGHJKLMNPRTVWXYZ]{9}\\d" + END);
    private static final Pattern HEALTH_INSURANCE = Pattern.compile(
            "(?:Krankenversichertennummer|KVNR|Versichertennummer)\\s?:?\\s?([A-Z]\\d{9})" + END);
    private static final Pattern LICENSE_PLATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])\\p{Lu}{1,3}[- ]\\p{Lu}{1,2} ?\\d{1,4}[EH]?" + END);
    private static final Pattern LONG_NUMBER = Pattern.compile(DIGITS_BOUNDARY + "\\d{9,30}" + END);
    private static final Pattern DATE = Pattern.compile(DIGITS_BOUNDARY
            + "(?:(?:19|20)\\d{2}-[01]\\d-[0-3]\\d|\\d{1,2}\\. ?\\d{1,2}\\. ?(?:19|20)?\\d{2}|\\d{1,2}\\. ?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) (?:19|20)\\d{2})"
            + END);
    private static final Pattern BIRTH_CONTEXT = Pattern.compile(
            "(?:geb\\.(?: am)?|geboren(?: am)?|Geburtsdatum|Geburtstag|\\*)\\s?:?\\s?$");
    private static final Pattern DEATH_CONTEXT = Pattern.compile(
            "(?:verstorben(?: am)?|gestorben(?: am)?|Sterbedatum|Todestag|†)\\s?:?\\s?$");
    /** The death word may also follow its date: "ist am 3.4.2025 verstorben". */
    private static final Pattern DEATH_AFTER = Pattern.compile("\\G,? (?:verstorben|gestorben|verschieden)\\b");
    /** A place of birth under its label ("Geburtsort: Tarsus (Türkei)"), without the line after it. */
    private static final Pattern BIRTHPLACE_LABEL = Pattern.compile(
            "(?:Geburtsort|Geburtsland|Ort der Geburt|geboren in)\\s?:?[ \\t]{1,12}(\\p{Lu}[\\p{L}\\p{M}-]{1,40}(?: \\p{Lu}[\\p{L}\\p{M}-]{1,40})?(?: \\([\\p{L}\\p{M} -]{2,40}\\))?)");
    private static final Pattern BIRTHPLACE = Pattern.compile(
            "\\G in (\\p{Lu}[\\p{L}\\p{M}-]{1,40}(?: \\([\\p{L}\\p{M} -]{2,40}\\))?)");
    private static final Pattern GRAVE = Pattern.compile(
            "(?:Grabfeld|Feld|Abteilung) [\\p{Lu}\\d]{1,4}, Reihe \\d{1,3}, (?:Grab|Grabstelle|Grabstätte)(?: Nr\\.)? \\d{1,4}");
    private static final Pattern PROPERTY = Pattern.compile(
            "(?:Gemarkung \\p{Lu}[\\p{L}\\p{M}-]{1,40}, )?(?:Flur \\d{1,4}, )?(?:Flurstück|Flurstücke|Flst\\.(?: ?Nr\\.)?|Fl\\.-Nr\\.|Flurstücksnummer) ?\\d{1,6}(?:/\\d{1,4})?(?:,? Gemarkung \\p{Lu}[\\p{L}\\p{M}-]{1,40})?"
            + "|Grundbuch(?:blatt)? von \\p{Lu}[\\p{L}\\p{M}-]{1,40},? Blatt \\d{1,6}");
    /**
     * A label that introduces a reference of the citizen: a word ending in -zeichen, -konto,
     * -referenz, -nummer or -schein (Kassenzeichen, Personenkonto, Mandatsreferenz, Objektnummer,
     * Jahresjagdschein), also "Reisepass Nr.", "Aktenzeichen des Finanzamts:".
     */
    /** The last chars of every label (…zeichen, …konto, …referenz, …nummer, …ausweis, …es, -Nr.): a cheap first test. */
    private static final String LABEL_LAST_CHARS = "noszrl.";
    private static final java.util.List<String> LABEL_SUFFIXES = java.util.List.of("zeichen", "konto", "referenz",
            "nummer", "schein", "ausweis", "pass", "titel", "erlaubnis");
    private static final Pattern ABBREVIATION_IN_PARENTHESES = Pattern.compile(" \\([A-Z]{2,5}\\)");
    /** What may stand between a label and its value, tried in this order, each at most once. */
    private static final String[][] LABEL_TAILS = { { " des Finanzamts", " des Finanzamtes" },
            { " (Nr.", " Nr.", "Nr.", "-Nr.", " (Nummer", " Nummer" } };

    /** Numbers after these labels are not a citizen's: an officer's service number, a tariff, a room. */
    private static final java.util.List<String> PUBLIC_NUMBERS = java.util.List.of("dienst", "tarif", "zimmer", "haus",
            "seite", "anlage", "gläubiger", "verkehrszeichen", "zeichen 2", "ust", "umsatzsteuer");

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private Identifiers() {
    }

    /** @param headEnd end of the letterhead, whose e-mail addresses and phone numbers are the authority's */
    static void find(Findings findings, int headEnd) {
        var text = findings.text();
        var starts = findings.wordStarts();
        emails(findings, text, headEnd);
        ibans(findings, text, starts);
        starts.each(BIC, starts.startingWith("BIC", "SWIFT", "Swift"), m -> findings.add(EntityType.BIC, m.start(1), m.end(1), "bic-after-label", 0.95));
        phones(findings, text, headEnd, starts);
        starts.each(TAX_ID, starts.digit(), m -> {
            if (Checksums.taxId(compact(m.group()))) {
                findings.add(EntityType.TAX_ID, m.start(), m.end(), "tax-id-check-digit", 1);
            }
        });
        starts.each(TAX_NUMBER, starts.digit(), m -> findings.add(EntityType.TAX_NUMBER, m.start(), m.end(), "tax-number-format", 0.9));
        starts.each(PENSION_NUMBER, starts.digit(), m -> {
            if (Checksums.pensionInsuranceNumber(compact(m.group()))) {
                findings.add(EntityType.SOCIAL_SECURITY, m.start(), m.end(), "pension-number-check-digit", 1);
            }
        });
        starts.each(HEALTH_INSURANCE, starts.startingWith("Kranken", "KVNR", "Versicherten"), m -> findings.add(EntityType.SOCIAL_SECURITY, m.start(1), m.end(1), "health-insurance-number", 0.95));
        starts.each(ID_CARD, at -> starts.isDigit(at + 9) && (starts.isDigit(at) || starts.isUpper(at)), m -> {
            if (m.group().chars().anyMatch(Character::isLetter) && Checksums.idCard(m.group())) {
                findings.add(EntityType.ID_NUMBER, m.start(), m.end(), "id-card-check-digit", 1);
            }
        });
        starts.each(LICENSE_PLATE, at -> isPlateStart(text, at), m -> findings.add(EntityType.LICENSE_PLATE, m.start(), m.end(), "license-plate-format", 0.7));
        starts.each(LONG_NUMBER, at -> starts.isDigit(at + 8), m -> findings.add(EntityType.OTHER, m.start(), m.end(), "long-number", 0.6));
        starts.each(GRAVE, starts.startingWith("Grabfeld", "Feld", "Abteilung"), m -> findings.add(EntityType.OTHER, m.start(), m.end(), "grave-location", 0.9));
        starts.each(PROPERTY, starts.startingWith("Gemarkung", "Flur", "Flst", "Fl.-", "Grundbuch"), m -> findings.add(EntityType.PROPERTY_ID, m.start(), m.end(), "property-parcel", 0.9));
        dates(findings, text, starts);
        starts.each(BIRTHPLACE_LABEL, starts.startingWith("Geburts", "Ort", "geboren"), m -> findings.add(EntityType.OTHER, m.start(1), m.end(1), "birthplace-after-label", 0.9));
        labelled(findings, text);
    }

    /** One to three capitals, then a hyphen or space and a capital: the district and letters of a plate. */
    private static boolean isPlateStart(String text, int at) {
        for (int i = at; i < Math.min(text.length() - 1, at + 4); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == ' ') {
                return i > at && Character.isUpperCase(text.charAt(i + 1));
            }
            if (!Character.isUpperCase(c)) {
                return false;
            }
        }
        return false;
    }

    private static void emails(Findings findings, String text, int headEnd) {
        var domain = EMAIL_DOMAIN.matcher(text);
        var letterhead = new java.util.HashSet<String>();
        var mailboxes = new java.util.HashMap<String, Boolean>();
        String folded = null;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && at - start < 64 && isLocalPartChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == at || !domain.region(at, text.length()).lookingAt()) {
                continue;
            }
            if (folded == null && start >= headEnd) {
                folded = lowerCase(text);
            }
            var address = text.substring(start, domain.end());
            if (start < headEnd) {
                letterhead.add(address);
            }
            if (letterhead.contains(address) || isFunctionalMailbox(folded, start, at, mailboxes)) {
                findings.keep(start, domain.end());
            }
            else {
                findings.add(EntityType.EMAIL, start, domain.end(), "email", 1);
            }
        }
    }

    /** Lower case char by char, so that offsets stay those of the text (String.toLowerCase lengthens İ). */
    private static String lowerCase(String text) {
        var lower = new char[text.length()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(text.charAt(i));
        }
        return new String(lower);
    }

    private static final int MAILBOX_WINDOW = 6_000;
    private static final int MAX_MAILBOXES = 256;
    private static final java.util.List<String> ARTICLES = java.util.List.of("der ", "die ", "das ", "den ", "dem ", "des ",
            "zur ", "zum ", "im ", "am ", "ein ", "eine ", "einer ", "eines ", "ihre ", "ihrer ", "unsere ", "unserer ");

    /**
     * A mailbox named after a task (wohngeld@, bussgeldstelle@) is the office's and names no one: its
     * local part is a noun of the letter, standing after an article or inside a compound
     * (Wohngeldantrag, Hundesteuer). A person's surname has neither, nor does a.name@. Only the letter
     * around the address is searched, so that a long text of many addresses stays linear.
     */
    private static boolean isFunctionalMailbox(String folded, int start, int at, java.util.Map<String, Boolean> decided) {
        var local = folded.substring(start, at);
        if (local.length() < 4 || !local.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        var known = decided.get(local);
        if (known != null) {
            return known;
        }
        // past this many different mailboxes the text is no letter; masking is the safe side
        if (decided.size() >= MAX_MAILBOXES) {
            return false;
        }
        boolean functional = isNounOfTheLetter(folded, start, at, local);
        decided.put(local, functional);
        return functional;
    }

    private static boolean isNounOfTheLetter(String folded, int start, int at, String local) {
        var noun = local.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü").replace("ss", "ß");
        int from = Math.max(0, start - MAILBOX_WINDOW);
        var letter = folded.substring(from, Math.min(folded.length(), at + MAILBOX_WINDOW));
        for (var form : noun.equals(local) ? java.util.List.of(local) : java.util.List.of(local, noun)) {
            for (int i = letter.indexOf(form); i >= 0; i = letter.indexOf(form, i + 1)) {
                if (i + from == start) {
                    continue;
                }
                int wordStart = i;
                while (wordStart > 0 && Character.isLetter(letter.charAt(wordStart - 1))) {
                    wordStart--;
                }
                int wordEnd = i + form.length();
                while (wordEnd < letter.length() && Character.isLetter(letter.charAt(wordEnd))) {
                    wordEnd++;
                }
                boolean compound = wordEnd - wordStart - form.length() >= 3;
                var before = letter.substring(Math.max(0, wordStart - 8), wordStart);
                if (compound || ARTICLES.stream().anyMatch(article -> before.endsWith(" " + article) || before.equals(article))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLocalPartChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /**
     * A private IBAN is masked, the authority's own is kept: it is the authority's when its sentence
     * names one of its cash offices (Stadtkasse, Kreiskasse, but not a Sparkasse) and does not speak
     * of the citizen's account.
     */
    private static void ibans(Findings findings, String text, WordStarts starts) {
        starts.each(IBAN, at -> starts.isUpper(at) && starts.isUpper(at + 1) && starts.isDigit(at + 2) && starts.isDigit(at + 3), matcher -> {
            var candidate = matcher.group();
            int end = matcher.end();
            // The last group may have swallowed the start of the next word: shorten to the longest valid prefix.
            while (!Checksums.iban(compact(candidate)) && candidate.length() > 15) {
                candidate = candidate.substring(0, candidate.length() - 1).stripTrailing();
                end = matcher.start() + candidate.length();
            }
            if (!Checksums.iban(compact(candidate))) {
                return;
            }
            if (Context.isAuthorityAccount(text, matcher.start())) {
                findings.keep(matcher.start(), end);
                var bic = BIC.matcher(text).region(end, Math.min(text.length(), end + 40));
                if (bic.find() && text.substring(end, bic.start()).matches("[ ,;(]{0,4}")) {
                    findings.keep(bic.start(1), bic.end(1));
                }
            }
            else {
                findings.add(EntityType.IBAN, matcher.start(), end, "iban-mod97", 1);
            }
        });
    }

    /** The switchboard (…-0) of an authority is public; every other number is a person's line. */
    private static void phones(Findings findings, String text, int headEnd, WordStarts starts) {
        starts.each(PHONE, at -> text.charAt(at) == '+' || text.charAt(at) == '(' || text.charAt(at) == '0', m -> {
            var number = m.group();
            int digits = 0;
            for (int i = 0; i < number.length(); i++) {
                digits += Character.isDigit(number.charAt(i)) ? 1 : 0;
            }
            if (digits < 6 || digits > 17 || MONTH_AND_YEAR.matcher(number).matches()) {
                return;
            }
            if ((m.start() < headEnd && !MOBILE.matcher(number).matches()) || number.endsWith("-0") || number.endsWith("- 0")) {
                findings.keep(m.start(), m.end());
                return;
            }
            try {
                if (PHONES.isPossibleNumber(PHONES.parse(number, "DE"))) {
                    findings.add(EntityType.PHONE, m.start(), m.end(), "phone-libphonenumber", 0.9);
                }
            }
            catch (NumberParseException e) {
                // not a phone number: nothing to mask
            }
        });
    }

    private static void dates(Findings findings, String text, WordStarts starts) {
        starts.each(DATE, starts.digit(), matcher -> {
            var before = text.substring(Math.max(0, matcher.start() - 20), matcher.start());
            if (BIRTH_CONTEXT.matcher(before).find()) {
                findings.add(EntityType.BIRTHDATE, matcher.start(), matcher.end(), "date-after-birth-word", 0.95);
                var place = BIRTHPLACE.matcher(text).region(matcher.end(), Math.min(text.length(), matcher.end() + 90));
                if (place.lookingAt()) {
                    findings.add(EntityType.OTHER, place.start(1), place.end(1), "birthplace", 0.8);
                }
            }
            else if (DEATH_CONTEXT.matcher(before).find() || DEATH_AFTER.matcher(text).region(matcher.end(), text.length()).lookingAt()) {
                findings.add(EntityType.OTHER, matcher.start(), matcher.end(), "date-after-death-word", 0.95);
            }
        });
    }

    /** A "Label: value" line of the reference block; the label names no public number (Telefon, Datum, Zimmer). */
    private static final Pattern BLOCK_LINE = Pattern.compile("[ \\t]{0,8}(\\p{Lu}[\\p{L}\\p{M}.-]{1,40}(?: [\\p{L}\\p{M}.-]{1,40}){0,4}):[ \\t]{1,20}");
    private static final java.util.Set<String> BLOCK_PUBLIC_WORDS = java.util.Set.of("tel", "tel.", "fax", "mobil", "durchwahl",
            "e-mail", "mail", "internet", "web", "ort", "jahr", "haushaltsjahr", "zeitraum", "zimmer", "raum");
    /** Endings of public labels: Bürgertelefon, Ausstellungsdatum, Sprechzeiten. */
    private static final java.util.List<String> BLOCK_PUBLIC_ENDINGS = java.util.List.of("telefon", "telefax", "datum", "zeit", "zeiten");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    /**
     * The reference block under the address field ("Debitor: 4711-0815", "Unser Zeichen: …") lists the
     * case's own numbers, whatever the authority calls them; its values are the citizen's.
     */
    static void referenceBlock(Findings findings, Letter letter) {
        var text = findings.text();
        var line = BLOCK_LINE.matcher(text);
        for (var block : letter.referenceBlock()) {
            if (!line.region(block.start(), block.end()).lookingAt()) {
                continue;
            }
            var label = line.group(1).toLowerCase(Locale.ROOT);
            if (isPublicLabel(label) || PUBLIC_NUMBERS.stream().anyMatch(label::startsWith)) {
                continue;
            }
            int start = line.end();
            if (text.startsWith("Nr. ", start)) {
                start += 4;
            }
            int end = Math.min(Reference.end(text, start), block.end());
            if (end > start && !YEAR.matcher(text.substring(start, end)).matches()) {
                findings.add(labelType(label), start, end, "reference-block", 0.85);
            }
        }
    }

    private static boolean isPublicLabel(String label) {
        for (var word : label.split(" ")) {
            if (BLOCK_PUBLIC_WORDS.contains(word) || BLOCK_PUBLIC_ENDINGS.stream().anyMatch(word::endsWith)) {
                return true;
            }
        }
        return false;
    }

    private static void labelled(Findings findings, String text) {
        var abbreviation = ABBREVIATION_IN_PARENTHESES.matcher(text);
        for (int end = 1; end < text.length(); end++) {
            char next = text.charAt(end);
            if ((next != ' ' && next != ':' && next != '(') || LABEL_LAST_CHARS.indexOf(text.charAt(end - 1)) < 0) {
                continue;
            }
            int labelStart = wordStart(text, end - (text.charAt(end - 1) == '.' ? 1 : 0));
            var label = text.substring(labelStart, end).toLowerCase(Locale.ROOT);
            if (!isReferenceLabel(label, next) || (label.endsWith("-nr.") && next == ' ' && phraseToColon(text, end) == end)) {
                continue;
            }
            int start = end;
            if (abbreviation.region(start, text.length()).lookingAt()) {
                start = abbreviation.end();
            }
            for (var tails : LABEL_TAILS) {
                for (var tail : tails) {
                    if (text.startsWith(tail, start)) {
                        start += tail.length();
                        break;
                    }
                }
            }
            start = phraseToColon(text, start);
            int tailEnd = start;
            // columns of a reference block are aligned with spaces or tabs
            while (start < text.length() && start - tailEnd < 16 && (text.charAt(start) == ' ' || text.charAt(start) == ':' || text.charAt(start) == '\t')) {
                start++;
            }
            if (text.startsWith("Nr. ", start)) {
                start += 4;
            }
            int valueEnd = Reference.end(text, start);
            if (valueEnd > start && PUBLIC_NUMBERS.stream().noneMatch(label::startsWith)
                    && !YEAR.matcher(text.substring(start, valueEnd)).matches()) {
                findings.add(labelType(label), start, valueEnd, "reference-after-label", 0.9);
            }
        }
    }

    /**
     * A label may name its register before the colon ("Steuernummer beim Finanzamt Musterstadt:",
     * "Objektnummer im Kataster:"): the position after that colon, or {@code at} if there is none.
     */
    private static int phraseToColon(String text, int at) {
        if (at >= text.length() || text.charAt(at) != ' ') {
            return at;
        }
        for (int i = at + 1; i < Math.min(text.length(), at + 48); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i > at + 2 ? i : at;
            }
            if (c == '\n' || Character.isDigit(c) || c == '.' || c == ',' || c == ';' || c == '(') {
                return at;
            }
        }
        return at;
    }

    private static boolean isReferenceLabel(String label, char next) {
        if (label.endsWith("-nr.")) {
            return next == ':' || next == ' ';
        }
        if (label.equals("az.")) {
            return true;
        }
        var stem = label.endsWith("es") ? label.substring(0, label.length() - 2) : label;
        var stemS = label.endsWith("s") ? label.substring(0, label.length() - 1) : label;
        for (var suffix : LABEL_SUFFIXES) {
            if (label.endsWith(suffix) || stem.endsWith(suffix) || stemS.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The start of the (possibly hyphenated) word that ends at {@code end}, at most 60 chars back. */
    private static int wordStart(String text, int end) {
        int start = end;
        while (start > 0 && end - start < 60 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        return start;
    }

    static EntityType labelType(String label) {
        if (label.contains("steuernummer")) {
            return EntityType.TAX_NUMBER;
        }
        if (label.contains("objekt")) {
            return EntityType.PROPERTY_ID;
        }
        if (label.endsWith("schein") || label.contains("ausweis") || label.contains("pass") || label.endsWith("titel")
                || label.endsWith("erlaubnis")) {
            return EntityType.ID_NUMBER;
        }
        if (label.contains("versicherungsnummer") || label.contains("sozialversicherung")) {
            return EntityType.SOCIAL_SECURITY;
        }
        if (label.contains("transponder") || label.contains("chip")) {
            return EntityType.OTHER;
        }
        if (label.contains("telefon") || label.contains("fax")) {
            return EntityType.PHONE;
        }
        return EntityType.CASE_NUMBER;
    }

    static String compact(String value) {
        var out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
