package de.kommunale2030.plattform.klartext;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts a free text mentions: amounts in euros, calendar dates (numeric or written
 * out), periods of days, weeks or months, and placeholders. The fact guard compares a language
 * model's answer with the notice through them, and the evaluation checks an explanation for the
 * key facts the same way, so "mentioned" means one thing everywhere.
 */
record Mentions(Set<BigDecimal> amounts, Set<LocalDate> dates, Set<Period> periods, Set<String> placeholders) {

    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}|-{1,2}))?";
    private static final Pattern AMOUNT_AFTER = Pattern.compile(
            "(?<![\\d.,])" + NUMBER + "\\s?+(?:€|EUR\\b|Euro\\b)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern AMOUNT_BEFORE = Pattern.compile(
            "(?:€|\\bEUR)\\s?+" + NUMBER + "(?![\\d.,]\\d)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    static final List<String> MONTHS = List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember");
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\.\\s?+(" + String.join("|", MONTHS) + ")\\s++(\\d{4})(?!\\d)");
    private static final List<String> NUMBER_WORDS = List.of("null", "ein", "zwei", "drei", "vier", "fünf", "sechs",
            "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn");
    private static final Pattern PERIOD = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,3}|eine[nmrs]?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn)"
                    + "\\s++(Monat(?:e|en|s)?|Woche(?:n)?|Tag(?:e|en|es)?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Anything shaped like a placeholder, wider than the anonymiser's own form ({@code [PERSON_1]},
     * {@code [PERSON_1b]}, {@code [PERSON_1_27]}), so that a model's invented or mangled one
     * ({@code [Person_1]}, {@code [ADRESSE_123456]}) is seen and refused rather than shown raw.
     */
    static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Za-zÄÖÜäöü_]{2,40}_\\d[\\d_]{0,11}[a-z]{0,2}\\]");

    static Mentions in(String text) {
        var amounts = new LinkedHashSet<BigDecimal>();
        for (var pattern : List.of(AMOUNT_AFTER, AMOUNT_BEFORE)) {
            var m = pattern.matcher(text);
            while (m.find()) {
                amounts.add(euros(m.group(1), m.group(2)));
            }
        }
        var dates = new LinkedHashSet<LocalDate>();
        collectDates(NUMERIC_DATE.matcher(text), dates, 1, 2, 3, false);
        collectDates(ISO_DATE.matcher(text), dates, 3, 2, 1, false);
        collectDates(WRITTEN_DATE.matcher(text), dates, 1, 2, 3, true);
        var periods = new LinkedHashSet<Period>();
        var p = PERIOD.matcher(text);
        while (p.find()) {
            var count = count(p.group(1).toLowerCase(Locale.GERMAN));
            var unit = p.group(2).toLowerCase(Locale.GERMAN);
            periods.add(unit.startsWith("monat") ? Period.ofMonths(count)
                    : unit.startsWith("woche") ? Period.ofWeeks(count) : Period.ofDays(count));
        }
        var placeholders = new LinkedHashSet<String>();
        var h = PLACEHOLDER.matcher(text);
        while (h.find()) {
            placeholders.add(h.group());
        }
        return new Mentions(Set.copyOf(amounts), Set.copyOf(dates), Set.copyOf(periods), Set.copyOf(placeholders));
    }

    /** Whether {@code period} is mentioned, counting "14 Tage" as "2 Wochen". */
    boolean mentions(Period period) {
        return periods.stream().anyMatch(p -> same(p, period));
    }

    static boolean same(Period a, Period b) {
        return a.normalized().equals(b.normalized());
    }

    static BigDecimal euros(Money money) {
        return money.euros().setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    private static BigDecimal euros(String whole, String cents) {
        var digits = whole.replace(".", "");
        var fraction = cents == null || cents.startsWith("-") ? "00" : (cents + "0").substring(0, 2);
        return new BigDecimal(digits + "." + fraction);
    }

    private static int count(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return Integer.parseInt(word);
        }
        return word.startsWith("ein") ? 1 : NUMBER_WORDS.indexOf(word);
    }

    private static void collectDates(Matcher m, Set<LocalDate> into, int day, int month, int year, boolean written) {
        while (m.find()) {
            try {
                var monthNumber = written ? MONTHS.indexOf(m.group(month)) + 1 : Integer.parseInt(m.group(month));
                into.add(LocalDate.of(Integer.parseInt(m.group(year)), monthNumber, Integer.parseInt(m.group(day))));
            }
            catch (DateTimeException notADate) {
                // "31.02.2025" or a version number is no date the guard could compare
            }
        }
    }
}
