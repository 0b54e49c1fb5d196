package de.kommunale2030.plattform.klartext;

import java.time.LocalDate;
import java.time.Period;

/**
 * When a posted notice counts as announced and when a period after it ends, as the explanation
 * states them: computed, from an assumption it names.
 *
 * @param daysAfterPosting the Bekanntgabe fiction: a notice posted by ordinary mail counts as
 *                         announced on this day after posting (4 since 2025 under § 41 Abs. 2
 *                         VwVfG and § 122 Abs. 2 AO, 3 before; Land laws follow with delay, so it
 *                         is set per Kommune)
 * @param land             whose public holidays move the end of a period
 */
public record Deadlines(int daysAfterPosting, Land land) {

    public Deadlines {
        if (daysAfterPosting < 0 || daysAfterPosting > 14) {
            throw new IllegalArgumentException("The Bekanntgabe fiction counts 0 to 14 days after posting");
        }
        if (land == null) {
            throw new IllegalArgumentException("The Land decides the public holidays");
        }
    }

    /** The day a notice dated (and posted) on {@code posted} counts as announced. */
    public LocalDate announcedOn(LocalDate posted) {
        return posted.plusDays(daysAfterPosting);
    }

    /**
     * The last day of a period that begins with the announcement. A period of months or weeks ends
     * on the day of the last month (or week) with the same number (weekday) as the announcement
     * (§ 188 Abs. 2 BGB), the month's last day where that number does not exist (§ 188 Abs. 3
     * BGB); a period of n days ends with the n-th day after the announcement (§ 188 Abs. 1 BGB,
     * the day of the announcement not counted, § 187 Abs. 1 BGB). Either end moves to the next
     * working day if it is a Saturday, Sunday or public holiday (§ 193 BGB, § 31 Abs. 3 VwVfG,
     * § 222 Abs. 2 ZPO).
     */
    public LocalDate periodEnd(LocalDate announced, Period period) {
        var months = period.getYears() == 0 && period.getDays() == 0 && period.getMonths() > 0;
        // whole weeks are days too: n weeks end on the 7n-th day, the announcement's weekday
        var days = period.getYears() == 0 && period.getMonths() == 0 && period.getDays() > 0;
        if (!months && !days) {
            throw new IllegalArgumentException("A positive period of whole months, weeks or days is expected");
        }
        // plusMonths keeps the day of the month and falls back to the month's last day, as § 188 Abs. 3 BGB
        var end = announced.plusMonths(period.getMonths()).plusDays(period.getDays());
        while (!PublicHolidays.isWorkingDay(end, land)) {
            end = end.plusDays(1);
        }
        return end;
    }

    /** The last day to file a remedy against a notice posted on {@code posted}. */
    public LocalDate lastDayToObject(LocalDate posted, Period period) {
        return periodEnd(announcedOn(posted), period);
    }
}
