package de.kommunale2030.plattform.klartext;

import java.time.LocalDate;

/**
 * The last day to file a remedy, computed, with the assumptions the explanation has to state:
 * the notice was posted on its date, and counts as announced {@code daysAfterPosting} days later.
 */
public record ObjectionDeadline(Remedy remedy, LocalDate posted, LocalDate announced, int daysAfterPosting,
                                Land land, LocalDate lastDay) {

    /**
     * Computes the deadline for a notice dated (and, assumed, posted) on {@code noticeDate}. Only for
     * a remedy whose period starts with the Bekanntgabe: the day of a formal delivery (Zustellung)
     * is written on the envelope, and guessing it could give the citizen a day too many.
     */
    public static ObjectionDeadline of(Remedy remedy, LocalDate noticeDate, Deadlines rules) {
        if (remedy.startsWith() != Remedy.Start.BEKANNTGABE) {
            throw new IllegalArgumentException("Only a period that starts with the Bekanntgabe can be computed");
        }
        var announced = rules.announcedOn(noticeDate);
        return new ObjectionDeadline(remedy, noticeDate, announced, rules.daysAfterPosting(), rules.land(),
                rules.periodEnd(announced, remedy.period()));
    }

    /** The end of the period before a weekend or public holiday moves it (§ 188 BGB alone). */
    public LocalDate regularEnd() {
        return announced.plus(remedy.period());
    }
}
