package org.zhijian.dashboard.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhijian.incident.domain.RiskInformationService;

/**
 * Hands the early warnings the dashboard raises to the risk-information queue as automatic signals
 * (预警信号), so a head assesses them like any other risk information. One signal per warning subject
 * and month ({@link #key}): the same drop seen on every dashboard view of the month is one item. Only
 * views over all plan levels and products raise signals (a filtered view's drop is a slice of one).
 */
@Component
class EarlyWarningSignals {

    private final RiskInformationService information;
    private final MessageSource messages;

    EarlyWarningSignals(RiskInformationService information, MessageSource messages) {
        this.information = information;
        this.messages = messages;
    }

    void record(DashboardFilter filter, List<EarlyWarning> warnings, LocalDate today) {
        if (filter.level() != null || filter.categoryId() != null) {
            return;
        }
        for (EarlyWarning w : warnings) {
            Long district = w.kind().isAboutProduct() ? filter.districtId() : w.districtId();
            information.recordSignal(key(w, district, today), district, summary(w));
        }
    }

    static String key(EarlyWarning w, Long districtId, LocalDate today) {
        return "warning:" + w.kind() + ":" + w.subjectId() + ":" + (districtId == null ? "city" : districtId) + ":"
                + (w.industry() == null ? "-" : w.industry()) + ":" + YearMonth.from(today);
    }

    /** In the bureau's default language (the queue is read by the bureau). */
    private String summary(EarlyWarning w) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        Object[] args = w.rate() != null
                ? new Object[] {w.subject(), w.rate().percent(), w.rate().previous() == null ? "-"
                        : w.rate().previous().percent()}
                : new Object[] {w.subject(), messages.getMessage("industry." + w.industry(), null, w.industry(), zh),
                        w.windowDays(), w.hazards()};
        return messages.getMessage("incident.signal." + w.kind(), args, zh);
    }
}
