package org.zhijian.campaign.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.Districts;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardStatus;
import org.zhijian.riskpoint.domain.RiskGrade;
import org.zhijian.riskpoint.domain.RiskPoint;
import org.zhijian.system.export.XlsxSheet;
import org.zhijian.system.pdf.OfficialDocuments;

/** What a campaign leaves behind: its risk list as a workbook and its report as a PDF. */
@Component
class CampaignOutputs {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OfficialDocuments pdf;
    private final MessageSource messages;
    private final Districts districts;
    private final Clock clock;

    CampaignOutputs(OfficialDocuments pdf, MessageSource messages, Districts districts, Clock clock) {
        this.pdf = pdf;
        this.messages = messages;
        this.districts = districts;
        this.clock = clock;
    }

    /** The counts a report states, computed once for the PDF and for tests. */
    record Summary(Map<RiskGrade, Long> pointsByGrade, Map<Industry, Map<RiskGrade, Long>> pointsByProduct,
                   long hazardsClosed, long hazardsOpen, long hazardsOverdue) {

        static Summary of(List<RiskPoint> points, List<Hazard> hazards, LocalDate today) {
            Map<RiskGrade, Long> byGrade = new EnumMap<>(RiskGrade.class);
            for (RiskGrade g : RiskGrade.values()) {
                byGrade.put(g, points.stream().filter(p -> p.getGrade() == g).count());
            }
            Map<Industry, Map<RiskGrade, Long>> byProduct = new TreeMap<>();
            for (RiskPoint p : points) {
                byProduct.computeIfAbsent(p.getEnterprise().getIndustry(), k -> new EnumMap<>(RiskGrade.class))
                        .merge(p.getGrade(), 1L, Long::sum);
            }
            long closed = hazards.stream().filter(h -> h.getStatus() == HazardStatus.CLOSED).count();
            long overdue = hazards.stream().filter(h -> h.isOverdueOn(today)).count();
            return new Summary(byGrade, byProduct, closed, hazards.size() - closed, overdue);
        }
    }

    byte[] riskList(Campaign c, List<RiskPoint> points, List<Hazard> hazards, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = XlsxSheet.open(out, msg(locale, "risk.list.sheet.points"))) {
            sheet.header(messages, locale, "field.enterpriseId", "field.districtId", "field.industry",
                    "risk.field.placeKind", "risk.field.placeName", "risk.field.hazard", "risk.field.controls",
                    "risk.field.responsiblePerson", "risk.field.method", "risk.field.score", "risk.field.grade");
            for (RiskPoint p : points) {
                sheet.add(Arrays.asList(p.getEnterprise().getName(),
                        districts.name(p.getEnterprise().getDistrictId(), locale),
                        msg(locale, p.getEnterprise().getIndustry().messageCode()),
                        msg(locale, p.getPlaceKind().messageCode()), p.getPlaceName(), p.getHazard(), p.getControls(),
                        p.getResponsiblePerson(), msg(locale, p.getMethod().messageCode()),
                        p.getScore().stripTrailingZeros().toPlainString(),
                        msg(locale, p.getGrade().messageCode())));
            }
            sheet.nextSheet(msg(locale, "risk.list.sheet.hazards"));
            sheet.header(messages, locale, "risk.field.noticeNumber", "field.enterpriseId", "field.districtId",
                    "risk.field.level", "risk.field.description", "risk.field.deadline",
                    "risk.field.responsiblePerson", "field.status", "risk.hazard.overdue");
            for (Hazard h : hazards) {
                sheet.add(Arrays.asList(h.getNoticeNumber(), h.getEnterprise().getName(),
                        districts.name(h.getEnterprise().getDistrictId(), locale),
                        msg(locale, h.getLevel().messageCode()),
                        h.getDescription(), h.getDeadline().toString(), h.getResponsiblePerson(),
                        msg(locale, h.getStatus().messageCode()),
                        h.isOverdueOn(today) ? msg(locale, "risk.hazard.overdue") : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The report of the whole campaign (districtId null) or of one district's part of it, under its
     * document number (null: none), with a QR code that opens the campaign.
     */
    byte[] report(Campaign c, Long districtId, List<RiskPoint> points, List<Hazard> hazards, Locale locale,
                  Instant now, String number) {
        Summary s = Summary.of(points, hazards, LocalDate.now(clock));
        return pdf.render(new OfficialDocuments.Head(number, "/risk/campaigns/" + c.getId()), locale, pages -> {
            pages.title(msg(locale, "risk.report.title", c.getName()));
            pages.gap(6);
            pages.field(msg(locale, "risk.campaign.period"), pdf.date(c.getStartsOn(), locale) + " ~ "
                    + pdf.date(c.getEndsOn(), locale));
            pages.field(msg(locale, "risk.campaign.industries"), c.getIndustrySet().stream()
                    .map(i -> msg(locale, i.messageCode())).collect(Collectors.joining("、")));
            pages.field(msg(locale, "risk.campaign.districts"), districtId != null ? districts.name(districtId, locale)
                    : c.getDistrictIdSet().stream().map(id -> districts.name(id, locale))
                            .collect(Collectors.joining("、")));
            pages.paragraph(msg(locale, "risk.report.summary", points.size(), hazards.size(), s.hazardsClosed(),
                    s.hazardsOpen(), s.hazardsOverdue()), 11);
            pages.heading(msg(locale, "risk.report.byGrade"));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {msg(locale, "risk.field.grade"), msg(locale, "risk.report.count")});
            s.pointsByGrade().forEach((g, n) -> rows.add(new String[] {msg(locale, g.messageCode()), String.valueOf(n)}));
            pages.table(new float[] {2, 1}, rows);
            pages.heading(msg(locale, "risk.report.byProduct"));
            List<String[]> product = new ArrayList<>();
            List<String> head = new ArrayList<>(List.of(msg(locale, "field.industry")));
            for (RiskGrade g : RiskGrade.values()) {
                head.add(msg(locale, g.messageCode()));
            }
            product.add(head.toArray(String[]::new));
            s.pointsByProduct().forEach((industry, counts) -> {
                List<String> line = new ArrayList<>(List.of(msg(locale, industry.messageCode())));
                for (RiskGrade g : RiskGrade.values()) {
                    line.add(String.valueOf(counts.getOrDefault(g, 0L)));
                }
                product.add(line.toArray(String[]::new));
            });
            pages.table(new float[] {3, 1, 1, 1, 1}, product);
            pages.heading(msg(locale, "risk.report.hazards"));
            pages.table(new float[] {2, 1}, List.of(
                    new String[] {msg(locale, "risk.report.hazardState"), msg(locale, "risk.report.count")},
                    new String[] {msg(locale, "risk.report.closed"), String.valueOf(s.hazardsClosed())},
                    new String[] {msg(locale, "risk.report.open"), String.valueOf(s.hazardsOpen())},
                    new String[] {msg(locale, "risk.hazard.overdue"), String.valueOf(s.hazardsOverdue())}));
            if (c.getMeasures() != null) {
                pages.heading(msg(locale, "risk.campaign.measures"));
                pages.paragraph(c.getMeasures(), 11);
            }
            pages.gap(10);
            pages.right(msg(locale, "risk.report.generated",
                    pdf.date(now.atZone(clock.getZone()).toLocalDate(), locale)), 10);
        });
    }

    /**
     * An archived file's name: what it is, the campaign and the district in the archive's language
     * (e.g. 风险清单-2026年电动自行车专项整治-椒江区.xlsx), without characters a file system refuses.
     */
    String fileName(String kindMessage, Campaign c, Long districtId, Locale locale, String extension) {
        String district = districtId == null ? msg(locale, "risk.file.wholeCampaign")
                : districts.name(districtId, locale);
        String base = msg(locale, kindMessage) + "-" + c.getName() + "-" + (district == null ? districtId : district);
        base = base.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        int room = 190 - extension.length();
        return (base.length() > room ? base.substring(0, room) : base) + "." + extension;
    }

    private String msg(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
