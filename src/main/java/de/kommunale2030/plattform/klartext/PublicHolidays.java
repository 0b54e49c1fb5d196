package de.kommunale2030.plattform.klartext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statutory public holidays of a Land in a year (the feiertagsgesetze of the Länder, as in
 * force from 2023). Holidays that apply only in some municipalities of a Land (Fronleichnam in
 * parts of Saxony and Thuringia, Mariä Himmelfahrt in Catholic municipalities of Bavaria, the
 * Augsburger Friedensfest) are not included: a deadline computed without them ends a day too early
 * at worst, never too late.
 */
public final class PublicHolidays {

    private static final Set<Land> EPIPHANY = EnumSet.of(Land.BW, Land.BY, Land.ST);
    private static final Set<Land> CORPUS_CHRISTI = EnumSet.of(Land.BW, Land.BY, Land.HE, Land.NW, Land.RP, Land.SL);
    private static final Set<Land> REFORMATION_DAY = EnumSet.of(Land.BB, Land.HB, Land.HH, Land.MV, Land.NI, Land.SN,
            Land.ST, Land.SH, Land.TH);
    private static final Set<Land> ALL_SAINTS = EnumSet.of(Land.BW, Land.BY, Land.NW, Land.RP, Land.SL);
    private static final Set<Land> WOMENS_DAY = EnumSet.of(Land.BE, Land.MV);

    private PublicHolidays() {
    }

    public static Set<LocalDate> of(Land land, int year) {
        var easter = easterSunday(year);
        var days = new TreeSet<LocalDate>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1));
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(50));
        days.add(LocalDate.of(year, Month.OCTOBER, 3));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        if (EPIPHANY.contains(land)) {
            days.add(LocalDate.of(year, Month.JANUARY, 6));
        }
        if (WOMENS_DAY.contains(land)) {
            days.add(LocalDate.of(year, Month.MARCH, 8));
        }
        if (CORPUS_CHRISTI.contains(land)) {
            days.add(easter.plusDays(60));
        }
        if (land == Land.SL) {
            days.add(LocalDate.of(year, Month.AUGUST, 15));
        }
        if (land == Land.TH) {
            days.add(LocalDate.of(year, Month.SEPTEMBER, 20));
        }
        if (REFORMATION_DAY.contains(land)) {
            days.add(LocalDate.of(year, Month.OCTOBER, 31));
        }
        if (ALL_SAINTS.contains(land)) {
            days.add(LocalDate.of(year, Month.NOVEMBER, 1));
        }
        if (land == Land.SN) {
            // Buß- und Bettag: the Wednesday before 23 November
            days.add(LocalDate.of(year, Month.NOVEMBER, 22).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY)));
        }
        return days;
    }

    public static boolean isWorkingDay(LocalDate day, Land land) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !of(land, day.getYear()).contains(day);
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
