package org.zhijian.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.campaign.domain.Campaign;
import org.zhijian.campaign.domain.CampaignDetails;
import org.zhijian.campaign.domain.CampaignService;
import org.springframework.data.domain.Pageable;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.classification.domain.EnterpriseClass;
import org.zhijian.classification.domain.IncidentKind;
import org.zhijian.draw.domain.DrawRequest;
import org.zhijian.draw.domain.DrawService;
import org.zhijian.draw.domain.RandomDraw;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardAction;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.riskpoint.domain.Assessment;
import org.zhijian.riskpoint.domain.PlaceKind;
import org.zhijian.riskpoint.domain.RiskPoint;
import org.zhijian.riskpoint.domain.RiskPointDetails;
import org.zhijian.riskpoint.domain.RiskPointService;
import org.zhijian.system.security.ZhijianUserDetails;

/**
 * The demo city's risk work: graded risk points, hazards at every step (some overdue and
 * escalated), one finished screening campaign with its archive, a class for every licensed
 * enterprise, complaints and violations, a conflict and a published double-random draw.
 */
@Component
class RiskDemoData implements DemoDataContributor {

    private static final String[][] POINTS = {
            {"WORKSHOP", "挤出车间", "高温熔体飞溅、烫伤", "设置防护罩,佩戴隔热手套,定期点检"},
            {"EQUIPMENT", "压力容器(反应釜)", "超压爆炸", "安全阀、压力表定期校验,联锁报警"},
            {"PROCESS", "原料配料工序", "有机溶剂挥发,火灾爆炸", "局部排风,防爆电气,禁火管理"},
            {"POST", "叉车驾驶岗位", "车辆伤害", "持证上岗,限速,人车分流"},
            {"EQUIPMENT", "冲压机", "机械伤害(手部挤压)", "双手按钮,光电保护装置,每日点检"},
            {"WORKSHOP", "成品仓库", "堆垛倒塌、火灾", "限高堆放,消防设施,每日巡查"},
            {"PROCESS", "出厂检验工序", "不合格品流出,质量风险", "关键指标全检,留样,检验记录可追溯"},
    };

    private static final String[][] HAZARDS = {
            {"配电柜前堆放杂物,柜门未关闭", "清理杂物,保持柜前0.8米通道,柜门上锁"},
            {"安全阀校验过期", "立即送检安全阀,校验合格后方可使用"},
            {"出厂检验记录不完整,部分批次缺少检验报告", "补齐检验记录,建立批次检验台账"},
            {"原料仓库未设置可燃气体报警装置", "加装可燃气体报警装置并与排风联锁"},
            {"特种作业人员证书过期", "停止作业,组织复审取证"},
    };

    private static final String LEGAL_BASIS = "《中华人民共和国产品质量法》第二十六条;《中华人民共和国安全生产法》第四十一条";

    private final RiskPointService points;
    private final HazardService hazards;
    private final CampaignService campaigns;
    private final ClassificationService classification;
    private final DrawService draws;
    private final EntityManager em;

    RiskDemoData(RiskPointService points, HazardService hazards, CampaignService campaigns,
                 ClassificationService classification, DrawService draws, EntityManager em) {
        this.points = points;
        this.hazards = hazards;
        this.campaigns = campaigns;
        this.classification = classification;
        this.draws = draws;
        this.em = em;
    }

    /**
     * Flushes and empties the persistence context between steps that hold no managed entity: every
     * query flushes first, and a context holding the whole city makes each flush check every row.
     */
    private void checkpoint() {
        em.flush();
        em.clear();
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(DemoCity city) {
        Random random = city.random();
        LocalDate today = city.today();
        List<District> districts = city.districts();
        User cityHead = city.usersOf(Role.HEAD, null).get(0);
        Campaign campaign = as(cityHead, () -> campaigns.launch(new CampaignDetails("2026年度危险化学品及包装物质量安全风险排查整治",
                EnumSet.of(Industry.COATING, Industry.CHEMICAL_PACKAGING, Industry.FERTILIZER, Industry.WIRE_CABLE),
                Set.of(districts.get(0).getId(), districts.get(1).getId()), today.minusMonths(3), today.minusDays(5),
                "一品一策:涂料、包装容器逐品种制定整治方案;一厂一策:对重大风险企业逐户约谈、挂牌督办。")));
        for (District d : districts) {
            User inspector = city.usersOf(Role.INSPECTOR, d.getId()).get(0);
            User head = city.usersOf(Role.HEAD, d.getId()).get(0);
            List<Enterprise> active = city.enterprisesIn(d.getId()).stream()
                    .filter(e -> e.getStatus() == EnterpriseStatus.ACTIVE).toList();
            int k = 0;
            for (Enterprise e : active.subList(0, Math.min(8, active.size()))) {
                Long campaignId = campaign.covers(e) ? campaign.getId() : null;
                RiskPoint first = as(inspector, () -> points.record(point(e, campaignId, random)));
                as(inspector, () -> points.record(point(e, campaignId, random)));
                if (k < HAZARDS.length + 1) {
                    hazard(e, first, campaignId, k, inspector, head, today, random);
                }
                k++;
            }
            incidents(active, random, today);
            checkpoint();
        }
        // the reports (PDF) follow once the application runs: loading the demo renders no PDF
        as(cityHead, () -> campaigns.closeDeferringReports(campaign.getId(),
                campaigns.get(campaign.getId()).getVersion()));
        hazards.escalateOverdue(today);
        checkpoint();
        inspections(city, random, today);
        draw(city, districts.get(0), cityHead);
    }

    /** Past inspections, so the due list has late and upcoming enterprises in every district. */
    private void inspections(DemoCity city, Random random, LocalDate today) {
        for (EnterpriseClass c : classification.search(null, null, Pageable.unpaged()).getContent()) {
            User inspector = city.usersOf(Role.INSPECTOR, c.getEnterprise().getDistrictId()).get(0);
            LocalDate on = today.minusDays(30 + random.nextInt(700));
            as(inspector, () -> classification.recordInspection(c.getEnterprise().getId(), c.getVersion(), on));
        }
    }

    private RiskPointDetails point(Enterprise e, Long campaignId, Random random) {
        String[] p = POINTS[random.nextInt(POINTS.length)];
        Assessment a = random.nextBoolean()
                ? Assessment.ls(1 + random.nextInt(5), 1 + random.nextInt(5))
                : Assessment.lec(pick(Assessment.LEC_L, random), pick(Assessment.LEC_E, random),
                pick(Assessment.LEC_C, random));
        return new RiskPointDetails(e.getId(), campaignId, PlaceKind.valueOf(p[0]), p[1], p[2], p[3],
                e.getLegalRepresentative() == null ? "安全员" : e.getLegalRepresentative(), a);
    }

    private static String pick(List<java.math.BigDecimal> values, Random random) {
        return values.get(random.nextInt(values.size())).toPlainString();
    }

    /** Hazards at every step: k decides how far along it is; odd ones are already past their deadline. */
    private void hazard(Enterprise e, RiskPoint point, Long campaignId, int k, User inspector, User head,
                        LocalDate today, Random random) {
        String[] h = HAZARDS[k % HAZARDS.length];
        LocalDate found = today.minusDays(20 + random.nextInt(40));
        LocalDate deadline = k % 2 == 1 ? today.minusDays(1 + random.nextInt(10)) : today.plusDays(5 + random.nextInt(30));
        Hazard hz = as(inspector, () -> hazards.record(new HazardDetails(e.getId(), campaignId, point.getId(),
                k == 1 || k == 4 ? HazardLevel.MAJOR : HazardLevel.GENERAL, h[0], h[1], LEGAL_BASIS, found, deadline,
                e.getLegalRepresentative() == null ? "负责人" : e.getLegalRepresentative())));
        int steps = switch (k) {
            case 0, 1 -> 0;
            case 2 -> 1;
            case 3 -> 2;
            case 4 -> -1;
            default -> 3;
        };
        if (steps == -1) {
            step(inspector, hz, HazardAction.RECTIFY, "已设置报警装置,附照片三张");
            step(head, hz, HazardAction.REJECT, "报警装置未与排风联锁,退回整改");
            return;
        }
        if (steps >= 1) {
            step(inspector, hz, HazardAction.RECTIFY, "已按要求整改,附整改前后照片");
        }
        if (steps >= 2) {
            step(head, hz, HazardAction.ACCEPT, "现场验收合格");
        }
        if (steps >= 3) {
            step(head, hz, HazardAction.CLOSE, "销号");
        }
    }

    private void step(User user, Hazard h, HazardAction action, String note) {
        as(user, () -> hazards.perform(h.getId(), hazards.get(h.getId()).getVersion(), action, note));
    }

    private void incidents(List<Enterprise> active, Random random, LocalDate today) {
        for (int i = 0; i < Math.min(3, active.size()); i++) {
            Enterprise e = active.get(active.size() - 1 - i);
            classification.recordIncident(e.getId(), i == 0 ? IncidentKind.VIOLATION : IncidentKind.COMPLAINT,
                    today.minusDays(30 + random.nextInt(600)), i == 0 ? "生产不符合标准的产品,已立案查处"
                            : "消费者投诉产品质量问题");
        }
    }

    private void draw(DemoCity city, District district, User cityHead) {
        List<Enterprise> active = city.enterprisesIn(district.getId());
        User inspector = city.usersOf(Role.INSPECTOR, district.getId()).get(1);
        as(cityHead, () -> draws.recordConflict(inspector.getId(), active.get(0).getId(), "近亲属在该企业任职"));
        RandomDraw d = as(cityHead, () -> draws.draw(new DrawRequest(district.getNameZh() + "2026年第四季度双随机抽查",
                null, district.getId(), null, null, 8, 2, 20261121L)));
        as(cityHead, () -> draws.publish(d.getId()));
    }

    private static <T> T as(User u, Supplier<T> work) {
        var principal = new ZhijianUserDetails(u.getId(), u.getUsername(), "", u.getDisplayName(), u.getRole(),
                u.getDistrictId(), true, false);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
