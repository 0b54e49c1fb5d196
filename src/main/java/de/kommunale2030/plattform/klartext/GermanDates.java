package de.kommunale2030.plattform.klartext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Calendar dates as German notices write them: "15.02.2025", "1.7.2025", "15. Februar 2025".
 * A day and month without a year ("am 15.08.") is no date: the year would be a guess.
 */
final class GermanDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3),
            Map.entry("april", 4), Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("oktober", 10),
            Map.entry("november", 11), Map.entry("dezember", 12));

    // Bounded digit runs and fixed alternatives only: no nested quantifiers, so matching stays linear.
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.(?:[ \\u00A0]?(\\d{1,2})\\.[ \\u00A0]?(\\d{4})"
                    + "|[ \\u00A0](Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)[ \\u00A0](\\d{4}))(?![\\d])");

    private GermanDates() {
    }

    /** A date found in a text: where it is, how it is written and which day it means. */
    record Found(int start, int end, String asWritten, LocalDate date) {
    }

    /** Every valid date in {@code text}, in text order; impossible dates such as 31.02. are skipped. */
    static List<Found> find(CharSequence text) {
        var found = new ArrayList<Found>();
        var matcher = DATE.matcher(text);
        while (matcher.find()) {
            var day = Integer.parseInt(matcher.group(1));
            int month;
            int year;
            if (matcher.group(2) != null) {
                month = Integer.parseInt(matcher.group(2));
                year = Integer.parseInt(matcher.group(3));
            } else {
                month = MONTHS.get(matcher.group(4).toLowerCase(java.util.Locale.ROOT));
                year = Integer.parseInt(matcher.group(5));
            }
            var date = dateOf(year, month, day);
            if (date != null) {
                found.add(new Found(matcher.start(), matcher.end(), matcher.group(), date));
            }
        }
        return found;
    }

    /** The date {@code text} consists of (surrounding blanks ignored), or {@code null}. */
    static LocalDate parse(String text) {
        var trimmed = text.strip();
        var found = find(trimmed);
        return found.size() == 1 && found.getFirst().asWritten().length() == trimmed.length()
                ? found.getFirst().date() : null;
    }

    private static LocalDate dateOf(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
            return null;
        }
    }
}
