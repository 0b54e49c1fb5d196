package de.kommunale2030.plattform.klartext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Euro amounts as German notices write them: "2.186,00 €", "1.234,50 EUR", "€ 45,00", "45 Euro".
 * A number without a currency is no amount (it may be an area, a rate or a count).
 */
final class Amounts {

    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3}){1,4}|\\d{1,9})(?:,(\\d{2}|-{1,2}))?";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])(?:(?:€|EUR)[ \\u00A0]?" + NUMBER + "(?![\\d,])"
                    + "|" + NUMBER + "[ \\u00A0]?(?:€|EUR\\b|Euro\\b))");

    private Amounts() {
    }

    /** An amount found in a text, with its offsets. */
    record Found(int start, int end, Money money) {
    }

    /** Every amount in {@code text}, in text order. */
    static List<Found> find(CharSequence text) {
        var found = new ArrayList<Found>();
        var matcher = AMOUNT.matcher(text);
        while (matcher.find()) {
            var whole = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
            var cents = matcher.group(1) != null ? matcher.group(2) : matcher.group(4);
            var euros = new BigDecimal(whole.replace(".", "")
                    + (cents == null || cents.startsWith("-") ? "" : "." + cents));
            found.add(new Found(matcher.start(), matcher.end(), new Money(euros, matcher.group())));
        }
        return found;
    }

    /** The amount {@code text} consists of (surrounding blanks ignored), or {@code null}. */
    static Money parse(String text) {
        var trimmed = text.strip();
        var found = find(trimmed);
        return found.size() == 1 && found.getFirst().money().asWritten().length() == trimmed.length()
                ? found.getFirst().money() : null;
    }
}
