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
 * enterprises and products as well as batches). That count runs over the base tables (about a
 * second at ten million batches), so it is kept with the view it was counted for: by the view's
 * build version, recounted when the view is rebuilt.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HEAD', 'ADMIN')")
public class ReportService {

    private final DashboardService dashboards;
    private final PassRateService passRates;
    private final MessageSource messages;
    private final Clock clock;
    private final DashboardViews views;

    ReportService(DashboardService dashboards, PassRateService passRates, MessageSource messages, Clock clock,
                  DashboardViews views) {
        this.dashboards = dashboards;
        this.passRates = passRates;
        this.messages = messages;
        this.clock = clock;
        this.views = views;
    }

    public PeriodReport report(DashboardFilter filter) {
        VersionedView built = filter.districtId() == null ? dashboards.cityVersioned(filter)
                : dashboards.districtVersioned(filter.districtId(), filter);
        DashboardView view = built.view();
        PassRate overall = views.periodRate(built, () -> passRates.rate(view.filter().toSlice()));
        Locale locale = LocaleContextHolder.getLocale();
        String scope = view.districtName() != null ? view.districtName()
                : messages.getMessage("dashboard.allDistricts", null, locale);
        return new PeriodReport(view, overall, SummarySentence.of(overall, messages, locale), scope,
                clock.instant());
    }
}
