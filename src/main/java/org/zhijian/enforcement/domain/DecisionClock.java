package org.zhijian.enforcement.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The 90-day decision clock of a case (作出处罚决定期限): 90 calendar days from opening, plus the
 * head's approved extension (30 days), plus every day spent on a hearing, testing or public notice
 * (听证、检测、公告 不计入). A pause runs from its first day up to, not including, its last day;
 * a pause still running counts up to today, so its case is never overdue while it lasts. Overlapping
 * pauses count once.
 */
public final class DecisionClock {

    public static final int DECISION_DAYS = 90;
    public static final int EXTENSION_DAYS = 30;

    /** An interval the clock does not count; {@code endsOn} null while it still runs. */
    public record Pause(PauseKind kind, LocalDate startsOn, LocalDate endsOn) {
    }

    private DecisionClock() {
    }

    public static LocalDate due(LocalDate openedOn, int extensionDays, List<Pause> pauses, LocalDate today) {
        if (extensionDays < 0) {
            throw new IllegalArgumentException("extension must not be negative: " + extensionDays);
        }
        return openedOn.plusDays(DECISION_DAYS + extensionDays + excludedDays(openedOn, pauses, today));
    }

    /** Whether the clock is stopped now (a pause without an end). */
    public static boolean paused(List<Pause> pauses) {
        return pauses.stream().anyMatch(p -> p.endsOn() == null);
    }

    /** Days excluded from the clock: the union of the pauses, none before the opening day counted. */
    static long excludedDays(LocalDate openedOn, List<Pause> pauses, LocalDate today) {
        List<LocalDate[]> spans = new ArrayList<>();
        for (Pause p : pauses) {
            LocalDate start = p.startsOn().isBefore(openedOn) ? openedOn : p.startsOn();
            LocalDate end = p.endsOn() == null ? today : p.endsOn();
            if (end.isAfter(start)) {
                spans.add(new LocalDate[] {start, end});
            }
        }
        spans.sort(Comparator.comparing(s -> s[0]));
        long days = 0;
        LocalDate curStart = null;
        LocalDate curEnd = null;
        for (LocalDate[] s : spans) {
            if (curEnd == null || s[0].isAfter(curEnd)) {
                if (curEnd != null) {
                    days += ChronoUnit.DAYS.between(curStart, curEnd);
                }
                curStart = s[0];
                curEnd = s[1];
            } else if (s[1].isAfter(curEnd)) {
                curEnd = s[1];
            }
        }
        if (curEnd != null) {
            days += ChronoUnit.DAYS.between(curStart, curEnd);
        }
        return days;
    }
}
