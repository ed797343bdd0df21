package org.zhijian.dashboard.domain;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.spotcheck.domain.PassRate;
import org.zhijian.spotcheck.domain.PassRateService;
import org.zhijian.spotcheck.domain.SummarySentence;

/**
 * Builds the period report from the dashboard of the same filter, and the
 * seed-style summary sentence from the spot-check pass-rate service (which counts
 * enterprises and products as well as batches).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HEAD', 'ADMIN')")
public class ReportService {

    private final DashboardService dashboards;
    private final PassRateService passRates;
    private final MessageSource messages;
    private final Clock clock;

    ReportService(DashboardService dashboards, PassRateService passRates, MessageSource messages, Clock clock) {
        this.dashboards = dashboards;
        this.passRates = passRates;
        this.messages = messages;
        this.clock = clock;
    }

    public PeriodReport report(DashboardFilter filter) {
        DashboardView view = filter.districtId() == null ? dashboards.city(filter)
                : dashboards.district(filter.districtId(), filter);
        PassRate overall = passRates.rate(view.filter().toSlice());
        Locale locale = LocaleContextHolder.getLocale();
        String scope = view.districtName() != null ? view.districtName()
                : messages.getMessage("dashboard.allDistricts", null, locale);
        return new PeriodReport(view, overall, SummarySentence.of(overall, messages, locale), scope,
                clock.instant());
    }
}
