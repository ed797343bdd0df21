package org.zhijian.system.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;

/**
 * Working days (工作日) for the statutory clocks: 15 working days to verify a clue, 5 to request a
 * hearing, 20 to publish a result. A day is a working day when it is Monday to Friday and not an
 * official holiday, or when it is a make-up working day (调休上班) on a weekend. The holidays come
 * from the State Council's yearly notice, kept in a properties file ({@code zhijian.calendar.file},
 * {@code classpath:calendar/cn-holidays.properties} by default: keys {@code holidays.YYYY} and
 * {@code workdays.YYYY}, comma-separated ISO dates). For a year the file does not list, only
 * weekends are rest days; {@link #knows(int)} says whether a year is listed.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;
    private final Set<Integer> years;

    public WorkingDayCalendar(Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkdays,
                              Collection<Integer> years) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        this.years = Set.copyOf(years);
    }

    /** Only weekends rest: for tests and for a bureau without a holiday file. */
    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(Set.of(), Set.of(), Set.of());
    }

    /** Reads the calendar file (see the class comment for its format). */
    public static WorkingDayCalendar load(Resource file) {
        Properties p = new Properties();
        try (InputStream in = file.getInputStream()) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the working-day calendar " + file, e);
        }
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        Set<Integer> years = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            int dot = key.indexOf('.');
            String kind = dot < 0 ? key : key.substring(0, dot);
            Set<LocalDate> into = switch (kind) {
                case "holidays" -> holidays;
                case "workdays" -> workdays;
                default -> throw new IllegalStateException("Unknown key " + key + " in " + file);
            };
            int year = Integer.parseInt(key.substring(dot + 1));
            years.add(year);
            for (String d : p.getProperty(key).split(",")) {
                if (d.isBlank()) {
                    continue;
                }
                try {
                    LocalDate date = LocalDate.parse(d.strip());
                    if (date.getYear() != year) {
                        throw new IllegalStateException(key + " lists " + date + ", which is not in " + year);
                    }
                    into.add(date);
                } catch (DateTimeParseException e) {
                    throw new IllegalStateException("Not a date in " + key + ": " + d, e);
                }
            }
        }
        return new WorkingDayCalendar(holidays, workdays, years);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The day that is {@code days} working days after {@code from} (the day of receipt does not
     * count: a clue received on a Friday with 1 working day is due on the next working day).
     * With {@code days} = 0 it is {@code from} itself.
     */
    public LocalDate after(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
    public int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** Whether the calendar file lists {@code year}'s holidays. */
    public boolean knows(int year) {
        return years.contains(year);
    }
}
