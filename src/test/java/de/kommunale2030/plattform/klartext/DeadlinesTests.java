package de.kommunale2030.plattform.klartext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deadline rules: the Bekanntgabe fiction, § 188 BGB across month ends and leap years, and the move
 * past weekends and the public holidays of each Land (§ 193 BGB) — as examples with known answers
 * and as properties over 2000–2100 and every Land.
 */
class DeadlinesTests {

    @Test
    void easterAndTheMovableHolidaysFollowIt() {
        assertThat(PublicHolidays.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(PublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(PublicHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(PublicHolidays.of(Land.HE, 2025)).contains(LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21),
                LocalDate.of(2025, 5, 29), LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 19));
        assertThat(PublicHolidays.of(Land.SN, 2025)).contains(LocalDate.of(2025, 11, 19)).doesNotContain(LocalDate.of(2025, 6, 19));
        assertThat(PublicHolidays.of(Land.BE, 2025)).contains(LocalDate.of(2025, 3, 8)).hasSize(10);
        assertThat(PublicHolidays.of(Land.TH, 2025)).contains(LocalDate.of(2025, 9, 20), LocalDate.of(2025, 10, 31));
    }

    @Test
    void aNoticeCountsAsAnnouncedOnTheFourthDayAndTheMonthEndsOnTheSameNumber() {
        var deadlines = new Deadlines(4, Land.NW);
        assertThat(deadlines.announcedOn(LocalDate.of(2025, 1, 10))).isEqualTo(LocalDate.of(2025, 1, 14));
        assertThat(deadlines.lastDayToObject(LocalDate.of(2025, 1, 10), Period.ofMonths(1))).isEqualTo(LocalDate.of(2025, 2, 14));
        assertThat(new Deadlines(3, Land.NW).lastDayToObject(LocalDate.of(2024, 12, 2), Period.ofMonths(1)))
            .as("the third day before 2025").isEqualTo(LocalDate.of(2025, 1, 6));
    }

    @Test
    void monthEndsLeapYearsWeekendsAndHolidaysOfTheLand() {
        var nrw = new Deadlines(4, Land.NW);
        var niedersachsen = new Deadlines(4, Land.NI);
        assertThat(nrw.periodEnd(LocalDate.of(2025, 1, 31), Period.ofMonths(1))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(nrw.periodEnd(LocalDate.of(2024, 1, 31), Period.ofMonths(1))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(nrw.periodEnd(LocalDate.of(2023, 1, 29), Period.ofMonths(1)))
            .as("28 Feb 2023 is a Tuesday: no 29th, the month's last day").isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(nrw.periodEnd(LocalDate.of(2025, 3, 18), Period.ofMonths(1)))
            .as("Good Friday, the weekend and Easter Monday").isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(nrw.periodEnd(LocalDate.of(2024, 10, 1), Period.ofMonths(1)))
            .as("All Saints' Day in NRW").isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(niedersachsen.periodEnd(LocalDate.of(2024, 10, 1), Period.ofMonths(1))).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(niedersachsen.periodEnd(LocalDate.of(2024, 10, 17), Period.ofWeeks(2)))
            .as("Reformation Day in Lower Saxony").isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(nrw.periodEnd(LocalDate.of(2024, 10, 17), Period.ofWeeks(2))).isEqualTo(LocalDate.of(2024, 10, 31));
        assertThat(new Deadlines(4, Land.SN).periodEnd(LocalDate.of(2025, 11, 5), Period.ofWeeks(2)))
            .as("Buß- und Bettag in Saxony").isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(new Deadlines(4, Land.BY).periodEnd(LocalDate.of(2025, 11, 5), Period.ofWeeks(2))).isEqualTo(LocalDate.of(2025, 11, 19));
        assertThat(nrw.periodEnd(LocalDate.of(2025, 11, 26), Period.ofMonths(1)))
            .as("Christmas, Boxing Day and the weekend").isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void aPeriodOfDaysEndsWithItsLastDayMovedPastWeekendsAndHolidays() {
        var berlin = new Deadlines(4, Land.BE);
        assertThat(berlin.periodEnd(LocalDate.of(2025, 1, 6), Period.ofDays(10)))
            .as("the announcement day is not counted: 7 January is day 1").isEqualTo(LocalDate.of(2025, 1, 16));
        assertThat(berlin.periodEnd(LocalDate.of(2025, 1, 1), Period.ofDays(10)))
            .as("the 10th day is a Saturday").isEqualTo(LocalDate.of(2025, 1, 13));
        assertThat(berlin.periodEnd(LocalDate.of(2024, 2, 27), Period.ofDays(10)))
            .as("International Women's Day in Berlin, then the weekend").isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(new Deadlines(4, Land.BY).periodEnd(LocalDate.of(2024, 2, 27), Period.ofDays(10))).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(new Deadlines(4, Land.BY).periodEnd(LocalDate.of(2024, 12, 12), Period.ofDays(14)))
            .as("Boxing Day").isEqualTo(LocalDate.of(2024, 12, 27));
        assertThat(berlin.periodEnd(LocalDate.of(2024, 2, 20), Period.ofDays(9)))
            .as("across the leap day").isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(berlin.periodEnd(LocalDate.of(2025, 1, 6), Period.ofDays(14)))
            .as("14 days are two weeks").isEqualTo(berlin.periodEnd(LocalDate.of(2025, 1, 6), Period.ofWeeks(2)));
    }

    @Test
    void onlyPositiveWholeMonthsWeeksOrDaysAndAPlausibleFiction() {
        var deadlines = new Deadlines(4, Land.BE);
        assertThatThrownBy(() -> deadlines.periodEnd(LocalDate.of(2025, 1, 1), Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> deadlines.periodEnd(LocalDate.of(2025, 1, 1), Period.ofDays(-3)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> deadlines.periodEnd(LocalDate.of(2025, 1, 1), Period.ofMonths(-1)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> deadlines.periodEnd(LocalDate.of(2025, 1, 1), Period.of(0, 1, 10)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> deadlines.periodEnd(LocalDate.of(2025, 1, 1), Period.ofYears(1)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadlines(-1, Land.BE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadlines(4, null)).isInstanceOf(IllegalArgumentException.class);
    }

    enum Unit {
        MONTHS, WEEKS, DAYS
    }

    @Property(tries = 3000)
    void theEndIsTheFirstWorkingDayFromTheNominalEnd(@ForAll("days") LocalDate announced, @ForAll Land land,
            @ForAll @IntRange(min = 1, max = 12) int count, @ForAll Unit unit, @ForAll @IntRange(min = 1, max = 60) int days) {
        var period = switch (unit) {
            case MONTHS -> Period.ofMonths(count);
            case WEEKS -> Period.ofWeeks(count);
            case DAYS -> Period.ofDays(days);
        };
        var nominal = switch (unit) {
            case MONTHS -> announced.plusMonths(count);
            case WEEKS -> announced.plusWeeks(count);
            case DAYS -> announced.plusDays(days);
        };
        var end = new Deadlines(4, land).periodEnd(announced, period);

        assertThat(end).isAfterOrEqualTo(nominal).isBefore(nominal.plusDays(6));
        assertThat(PublicHolidays.isWorkingDay(end, land)).isTrue();
        for (var day = nominal; day.isBefore(end); day = day.plusDays(1)) {
            assertThat(PublicHolidays.isWorkingDay(day, land)).as("%s is skipped only if it is no working day", day).isFalse();
        }
        if (unit == Unit.MONTHS) {
            assertThat(nominal.getDayOfMonth()).isEqualTo(Math.min(announced.getDayOfMonth(), nominal.lengthOfMonth()));
        }
        else if (unit == Unit.WEEKS) {
            assertThat(nominal.getDayOfWeek()).isEqualTo(announced.getDayOfWeek());
        }
        assertThat(end.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 100).map(offset -> LocalDate.of(2000, 1, 1).plusDays(offset));
    }
}
