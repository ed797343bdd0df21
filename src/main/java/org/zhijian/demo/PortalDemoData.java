package org.zhijian.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhijian.account.domain.AccountService;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.portal.domain.DutyPeriod;
import org.zhijian.portal.domain.OwnRiskPoint;
import org.zhijian.portal.domain.SelfCheck;
import org.zhijian.portal.domain.SelfCheckService;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.domain.BatchDetails;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PostProcessingAction;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.StepCommand;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.ZhijianUserDetails;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * The demo city's enterprise side (企业端): the template risk lists of a few industries; enterprise users
 * for one enterprise of 椒江区 (a director and an officer) and one of 黄岩区; for the 椒江 enterprise a
 * failed batch notified six days ago (its objection window open), a hazard waiting for rectification
 * evidence, its risk list taken from the template with self-checks and the two regulations' records up to
 * date; the 黄岩 enterprise has recorded nothing, so it is on the bureau's "behind" list.
 */
@Component
class PortalDemoData implements DemoDataContributor {

    private static final String[][] TEMPLATES = {
            {"WIRE_CABLE", "导体电阻不合格", "每批铜杆进厂检验,拉丝后抽测直流电阻", "DAILY"},
            {"WIRE_CABLE", "绝缘厚度偏薄", "挤塑工序在线测径,首件检验留样", "DAILY"},
            {"WIRE_CABLE", "原材料以次充好(再生铜)", "供应商名录管理,进货查验记录", "WEEKLY"},
            {"WIRE_CABLE", "出厂检验缺项", "按标准全项出厂检验,检验报告存档", "MONTHLY"},
            {"WOOD_PANEL", "甲醛释放量超标", "胶黏剂进厂检验,成品每班次抽检", "DAILY"},
            {"WOOD_PANEL", "含水率不合格", "干燥窑温湿度记录,成品抽测含水率", "DAILY"},
            {"WOOD_PANEL", "粉尘爆炸", "除尘系统点检,清扫记录,防爆电气", "WEEKLY"},
            {"ELECTRIC_BICYCLE", "最高车速超标(篡改限速)", "整车出厂限速检测,控制器一致性核查", "DAILY"},
            {"ELECTRIC_BICYCLE", "蓄电池热失控", "电池进货检验,充电测试区隔离", "WEEKLY"},
            {"HOUSEHOLD_APPLIANCE", "电气强度试验不合格", "生产线100%耐压测试,仪器每日点检", "DAILY"},
            {"HOUSEHOLD_APPLIANCE", "关键元器件变更未报备", "元器件一致性清单,变更审批记录", "MONTHLY"},
            {"FERTILIZER", "养分含量不足", "配料计量校准,成品批批检验", "DAILY"},
            {"COATING", "VOC含量超标", "原料溶剂检验,成品抽检并留样", "WEEKLY"},
            {"TOY", "小零件脱落窒息风险", "扭力拉力试验,首件确认", "DAILY"},
            {"OTHER", "不合格品流出", "关键指标全检,不合格品隔离并记录", "DAILY"},
            {"OTHER", "计量器具超期未检", "计量器具台账,按期送检", "MONTHLY"},
    };

    private final SelfCheckService selfChecks;
    private final AccountService accounts;
    private final CatalogueService catalogue;
    private final BatchService batches;
    private final HazardService hazards;
    private final WorkingDayCalendar calendar;

    PortalDemoData(SelfCheckService selfChecks, AccountService accounts, CatalogueService catalogue,
                   BatchService batches, HazardService hazards, WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.selfChecks = selfChecks;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.batches = batches;
        this.hazards = hazards;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(DemoCity city) {
        for (String[] t : TEMPLATES) {
            selfChecks.addTemplate(new SelfCheckService.TemplateDetails(Industry.valueOf(t[0]), t[1], t[2],
                    DutyPeriod.valueOf(t[3])));
        }
        District jj = city.districts().get(0);
        District hy = city.districts().get(1);
        Enterprise jjFirm = withCategory(city, jj);
        Enterprise hyFirm = withCategory(city, hy);
        String hash = city.passwordHash();
        List<User> made = accounts.createAll(List.of(
                enterpriseUser("jj_qiye", "王建国(质量安全总监)", jjFirm, hash),
                enterpriseUser("jj_qiye2", "李秀英(质量安全员)", jjFirm, hash),
                enterpriseUser("hy_qiye", "陈志强(质量安全总监)", hyFirm, hash)));
        User director = made.get(0);
        User inspector = city.usersOf(Role.INSPECTOR, jj.getId()).get(0);
        User second = city.usersOf(Role.INSPECTOR, jj.getId()).get(1);
        LocalDate today = city.today();
        Random random = city.random();

        // a failed batch notified six days ago: the objection window is open until nine days from now
        ProductCategory category = catalogue.ofIndustry(jjFirm.getIndustry()).get(0);
        LocalDate tested = today.minusDays(9);
        SamplingBatch failed = as(inspector, () -> batches.record(new BatchDetails("QY-" + today.getYear() + "-001",
                null, jjFirm.getId(), category.getId(), "恒达", "标准型", "QY2026-01", tested.minusDays(40), 3, 2, "件",
                tested.minusDays(7), "成品仓库", "台州市产品质量安全检测研究院",
                Set.of(inspector.getId(), second.getId()), null), tested, "BG-QY-001",
                SpotCheckDemoData.measure(category, true, random)));
        as(inspector, () -> batches.advance(failed.getId(), failed.getVersion(), new StepCommand(
                PostProcessingAction.NOTIFY, today.minusDays(6), null, null, null, null)));

        // a hazard waiting for the enterprise's rectification evidence
        as(inspector, () -> hazards.record(new HazardDetails(jjFirm.getId(), null, null, HazardLevel.GENERAL,
                "成品仓库消防通道堆放纸箱,应急照明灯损坏", "清理通道并设置禁止堆放标识,更换应急照明灯",
                "《中华人民共和国消防法》第二十八条", today.minusDays(4), today.plusDays(10), "王建国")));

        // the enterprise's own risk list, self-checks and the two regulations' records, up to date
        as(director, () -> selfChecks.startFromTemplate());
        List<OwnRiskPoint> points = as(director, () -> selfChecks.overview()).points();
        for (int day = 6; day >= 0; day--) {
            LocalDate on = today.minusDays(day);
            for (int k = 0; k < points.size(); k++) {
                OwnRiskPoint p = points.get(k);
                boolean issue = day == 3 && k == 0;
                as(director, () -> selfChecks.record(new SelfCheckService.SelfCheckDetails(p.getId(), on,
                        issue ? SelfCheck.Outcome.ISSUE : SelfCheck.Outcome.NORMAL,
                        issue ? "抽测发现1盘线材偏差接近下限,已隔离复测并调整工艺" : null)));
            }
            if (calendar.isWorkingDay(on)) {
                as(director, () -> selfChecks.recordDuty(DutyPeriod.DAILY, on, "关键工序点检正常,原料进货查验记录齐全",
                        0));
            }
        }
        as(director, () -> selfChecks.recordDuty(DutyPeriod.WEEKLY, today.minusWeeks(1),
                "本周排查风险点" + points.size() + "项,发现问题1项已整改", 1));
        as(director, () -> selfChecks.recordDuty(DutyPeriod.MONTHLY, today.minusMonths(1),
                "月度质量安全调度会:通报抽检不合格情况,部署整改与复检", 1));
    }

    /** An active enterprise of the district whose industry has catalogue products (so it can be sampled). */
    private Enterprise withCategory(DemoCity city, District d) {
        return city.enterprisesIn(d.getId()).stream().filter(e -> e.getStatus() == EnterpriseStatus.ACTIVE)
                .filter(e -> !catalogue.ofIndustry(e.getIndustry()).isEmpty()).findFirst().orElseThrow();
    }

    private static User enterpriseUser(String username, String name, Enterprise e, String hash) {
        User u = User.invitedEnterpriseUser(username, hash, name, e.getDistrictId(), e.getId());
        u.activate(hash);
        u.changeEmail(username.replace('_', '.') + "@demo.zhijian.invalid");
        return u;
    }

    private static <T> T as(User u, Supplier<T> work) {
        var principal = new ZhijianUserDetails(u.getId(), u.getUsername(), "", u.getDisplayName(), u.getRole(),
                u.getDistrictId(), u.getEnterpriseId(), true, false);
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
