package de.kommunale2030.plattform.klartext;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How the explanation writes dates, amounts and periods: dates spelled out, numbers as digits. */
final class PlainGerman {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.GERMAN);
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d.]*(?:,\\d+)?");

    private PlainGerman() {
    }

    /** "15. Februar 2027". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * The amount in the form "2.186,00 €" with the digits exactly as the notice writes them, so that
     * the citizen finds the same figure in the letter ("EUR 2.186,00" becomes "2.186,00 €").
     */
    static String amount(Money money) {
        var digits = DIGITS.matcher(money.asWritten());
        if (digits.find()) {
            return digits.group() + " €";
        }
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(money.euros()) + " €";
    }

    /** "1 Monat", "2 Wochen", "1 Jahr und 2 Monate". */
    static String period(Period period) {
        var parts = new ArrayList<String>();
        count(parts, period.getYears(), "Jahr", "Jahre");
        count(parts, period.getMonths(), "Monat", "Monate");
        if (period.getDays() % 7 == 0) {
            count(parts, period.getDays() / 7, "Woche", "Wochen");
        } else {
            count(parts, period.getDays(), "Tag", "Tage");
        }
        return parts.isEmpty() ? "0 Tage" : String.join(" und ", parts);
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n != 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }

    /** Whether two amounts are the same number of euros, whatever their scale. */
    static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    /** The text as a sentence: an end mark is added only when it has none. */
    static String quoted(String prefix, String text) {
        var inner = text.strip();
        var end = inner.endsWith(".") || inner.endsWith("!") || inner.endsWith("?") ? "" : ".";
        return prefix + "„" + inner + "“" + end;
    }
}
