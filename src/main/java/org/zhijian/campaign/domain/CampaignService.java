package org.zhijian.campaign.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.document.DocumentNumbers;
import org.zhijian.region.domain.Districts;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.riskpoint.domain.RiskPoint;
import org.zhijian.riskpoint.domain.RiskPointService;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.AccessScope;

/**
 * Screening campaigns (风险排查整治). A district user sees the campaigns that include their
 * district and, within them, only their district's findings. Closing a campaign generates its
 * risk list (.xlsx) and report (PDF) once and keeps them with it.
 */
@Service
@Transactional(readOnly = true)
public class CampaignService {

    public static final String ENTITY = "RiskCampaign";
    /** The document kind of archived campaign reports (zhijian.document.number.campaign-report.pattern). */
    public static final String REPORT_KIND = "campaign-report";

    private final CampaignRepository campaigns;
    private final CampaignFileRepository files;
    private final RiskPointService points;
    private final HazardService hazards;
    private final CampaignOutputs outputs;
    private final Districts districts;
    private final AuditTrail audit;
    private final Clock clock;
    private final Locale archiveLocale;
    private final AccessGuard guard;
    private final DocumentNumbers numbers;

    CampaignService(CampaignRepository campaigns, CampaignFileRepository files, RiskPointService points,
                    HazardService hazards, CampaignOutputs outputs, Districts districts, AuditTrail audit,
                    Clock clock, @Value("${zhijian.risk.archive-locale:zh-CN}") Locale archiveLocale, AccessGuard guard,
                    DocumentNumbers numbers) {
        this.numbers = numbers;
        this.campaigns = campaigns;
        this.files = files;
        this.points = points;
        this.hazards = hazards;
        this.outputs = outputs;
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
        this.archiveLocale = archiveLocale;
        this.guard = guard;
    }

    /** The campaign's findings the current user may see. */
    public record Findings(List<RiskPoint> points, List<Hazard> hazards) {
    }

    public List<Campaign> list() {
        return campaigns.findAllNewestFirst().stream().filter(c -> guard.coversAny(c.getDistrictIdSet())).toList();
    }

    public List<Campaign> open() {
        return list().stream().filter(c -> c.getStatus() == CampaignStatus.OPEN).toList();
    }

    public Campaign get(Long id) {
        Campaign c = campaigns.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!guard.coversAny(c.getDistrictIdSet())) {
            guard.checkVisible(false, c.getDistrictIdSet().iterator().next(), ENTITY, id);
        }
        return c;
    }

    /** The campaign whatever the caller's districts: for features that apply its scope themselves (draws). */
    public Optional<Campaign> find(Long id) {
        return campaigns.findById(id);
    }

    public Findings findings(Long id) {
        get(id);
        return new Findings(
                guard.visible(points.ofCampaign(id), p -> p.getEnterprise().getDistrictId()),
                guard.visible(hazards.ofCampaign(id), h -> h.getEnterprise().getDistrictId()));
    }

    /** The archived files the user may open: all for the city, their district's for a district user. */
    public List<CampaignFile> archive(Long id) {
        get(id);
        return guard.visible(campaigns.findFiles(id), CampaignFile::getDistrictId);
    }

    public CampaignFile file(Long id, Long fileId) {
        return archive(id).stream().filter(f -> f.getId().equals(fileId)).findFirst()
                .orElseThrow(() -> new NotFoundException("CampaignFile", fileId));
    }

    /** City-level heads and admins launch campaigns; a district one may launch one for their district only. */
    @Transactional
    public Campaign launch(CampaignDetails details) {
        guard.require(Action.MANAGE_CAMPAIGN);
        AccessScope scope = guard.scope();
        if (details.districtIds() != null) {
            for (Long d : details.districtIds()) {
                if (!districts.exists(d)) {
                    throw new BusinessRuleException("districtIds", "district.unknown");
                }
                if (!scope.covers(d)) {
                    throw new BusinessRuleException("districtIds", "district.outOfScope");
                }
            }
        }
        Campaign c = campaigns.save(new Campaign(details, scope.username(), clock.instant()));
        audit.record(ENTITY, c.getId(), "CREATE", scope.districtId(), null, c.snapshot());
        return c;
    }

    /** Closes the campaign and archives its risk list and report, generated from all its findings. */
    @Transactional
    public Campaign close(Long id, long expectedVersion) {
        return close(id, expectedVersion, true);
    }

    /**
     * Closes the campaign and archives its risk lists, leaving the report PDFs to
     * {@link CampaignReportBackfill} once the application has started. The demo city closes its
     * campaign this way, so that loading it renders no PDF and never fails because of one.
     */
    @Transactional
    public Campaign closeDeferringReports(Long id, long expectedVersion) {
        return close(id, expectedVersion, false);
    }

    private Campaign close(Long id, long expectedVersion, boolean reports) {
        guard.require(Action.MANAGE_CAMPAIGN);
        Campaign c = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, c.getVersion(), c.snapshot());
        AccessScope scope = guard.scope();
        if (!scope.isCityWide() && c.getDistrictIdSet().size() > 1) {
            throw new BusinessRuleException(null, "risk.campaign.closeCityOnly");
        }
        Map<String, Object> before = c.snapshot();
        Instant now = clock.instant();
        c.close(scope.username(), now);
        List<RiskPoint> allPoints = points.ofCampaign(id);
        List<Hazard> allHazards = hazards.ofCampaign(id);
        archive(c, allPoints, allHazards, (districtId, ps, hs) -> {
            archiveRiskList(c, districtId, ps, hs, now);
            if (reports) {
                archiveReport(c, districtId, ps, hs, now);
            }
        });
        campaigns.flush();
        audit.record(ENTITY, id, "CLOSE", scope.districtId(), before, c.snapshot());
        return c;
    }

    /**
     * Renders the reports of a campaign closed with {@link #closeDeferringReports}, dated as of its
     * closing. Called by {@link CampaignReportBackfill}, without a user.
     */
    @Transactional
    void archiveDeferredReports(Long id) {
        Campaign c = campaigns.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        archive(c, points.ofCampaign(id), hazards.ofCampaign(id),
                (districtId, ps, hs) -> archiveReport(c, districtId, ps, hs, c.getClosedAt()));
    }

    private interface Part {
        void archive(Long districtId, List<RiskPoint> ps, List<Hazard> hs);
    }

    /** The whole campaign (district null), then each district's part of it. */
    private static void archive(Campaign c, List<RiskPoint> allPoints, List<Hazard> allHazards, Part part) {
        part.archive(null, allPoints, allHazards);
        for (Long districtId : c.getDistrictIdSet()) {
            part.archive(districtId,
                    allPoints.stream().filter(p -> p.getEnterprise().getDistrictId().equals(districtId)).toList(),
                    allHazards.stream().filter(h -> h.getEnterprise().getDistrictId().equals(districtId)).toList());
        }
    }

    /** Archived once for the record, so in the bureau's language rather than the clicker's. */
    private void archiveRiskList(Campaign c, Long districtId, List<RiskPoint> ps, List<Hazard> hs, Instant now) {
        files.save(new CampaignFile(c.getId(), districtId, CampaignFile.RISK_LIST,
                outputs.fileName("risk.file.riskList", c, districtId, archiveLocale, "xlsx"), CampaignOutputs.XLSX,
                outputs.riskList(c, ps, hs, archiveLocale), now));
    }

    /** The archived report takes its 文号 (a city-wide sequence) in the transaction that keeps it. */
    private void archiveReport(Campaign c, Long districtId, List<RiskPoint> ps, List<Hazard> hs, Instant now) {
        String number = numbers.next(REPORT_KIND, null, null, now.atZone(clock.getZone()).getYear()).text();
        files.save(new CampaignFile(c.getId(), districtId, CampaignFile.REPORT,
                outputs.fileName("risk.file.report", c, districtId, archiveLocale, "pdf"), "application/pdf",
                outputs.report(c, districtId, ps, hs, archiveLocale, now, number), now));
    }
}
