package org.zhijian.spotcheck.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.zhijian.region.domain.District;
import org.zhijian.region.domain.Districts;
import org.zhijian.spotcheck.domain.BatchQuery;
import org.zhijian.spotcheck.domain.BatchRow;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.RateGroup;
import org.zhijian.system.export.XlsxSheet;

/** The .xlsx exports of the spot-check lists, in the viewer's language, streamed page by page. */
@Component
class SpotCheckExports {

    private static final int PAGE = 1000;

    private final BatchService batches;
    private final Districts districts;
    private final MessageSource messages;

    SpotCheckExports(BatchService batches, Districts districts, MessageSource messages) {
        this.batches = batches;
        this.districts = districts;
        this.messages = messages;
    }

    void batches(BatchQuery query, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, District> districtById = districts.byId();
        try (XlsxSheet sheet = XlsxSheet.open(response, msg("spotcheck.export.batchesFile", locale),
                msg("spotcheck.batches.title", locale))) {
            sheet.header(messages, locale, "field.formNumber", "field.enterpriseId", "field.creditCode",
                    "field.districtId", "field.categoryId", "field.brand", "field.modelSpec",
                    "field.productionBatchNo", "field.samplingDate", "field.agency", "field.level", "field.status",
                    "field.verdict", "field.stepDueOn", "spotcheck.overdue", "spotcheck.final");
            int page = 0;
            Page<BatchRow> rows;
            do {
                rows = batches.searchRows(query, PageRequest.of(page++, PAGE, Sort.by("samplingDate", "id")));
                for (BatchRow r : rows) {
                    District d = districtById.get(r.districtId());
                    sheet.add(Arrays.asList(r.formNumber(), r.enterpriseName(), r.creditCode(),
                            d == null ? null : d.name(locale), r.categoryName(locale), r.brand(), r.modelSpec(),
                            r.productionBatchNo(), r.samplingDate(), r.agency(),
                            msg(r.level().messageCode(), locale), msg(r.status().messageCode(), locale),
                            r.verdict() == null ? null : msg(r.verdict().messageCode(), locale), r.stepDueOn(),
                            r.overdue() ? msg("spotcheck.yes", locale) : null,
                            msg(r.finalVerdict() ? "spotcheck.yes" : "spotcheck.no", locale)));
                }
            } while (rows.hasNext());
        }
    }

    void plans(List<org.zhijian.spotcheck.domain.SpotCheckPlan> plans,
               Map<Long, org.zhijian.spotcheck.domain.PlanProgress> totals,
               HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        try (XlsxSheet sheet = XlsxSheet.open(response, msg("spotcheck.export.plansFile", locale),
                msg("spotcheck.plans.title", locale))) {
            sheet.header(messages, locale, "field.code", "field.title", "field.year", "field.level", "field.joint",
                    "spotcheck.plan.planned", "spotcheck.plan.done");
            for (var p : plans) {
                var t = totals.get(p.getId());
                sheet.add(Arrays.asList(p.getCode(), p.getTitle(), p.getYear(), msg(p.getLevel().messageCode(), locale),
                        msg(p.isJoint() ? "spotcheck.yes" : "spotcheck.no", locale), t.planned(), (int) t.done()));
            }
        }
    }

    void rates(String title, List<RateGroup> groups, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        try (XlsxSheet sheet = XlsxSheet.open(response, msg("spotcheck.export.ratesFile", locale), title)) {
            sheet.header(messages, locale, "spotcheck.rates.group", "spotcheck.rates.batches", "spotcheck.rates.passed",
                    "spotcheck.rates.rate", "spotcheck.rates.lower", "spotcheck.rates.upper",
                    "spotcheck.rates.change", "spotcheck.rates.belowCity");
            for (RateGroup g : groups) {
                sheet.add(Arrays.asList(g.label(), g.rate().batches(), g.rate().passed(), g.rate().percent(),
                        g.rate().lowerPercent(), g.rate().upperPercent(), g.rate().changePoints(),
                        g.belowOverall() ? msg("spotcheck.yes", locale) : null));
            }
        }
    }


    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
