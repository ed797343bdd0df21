package org.zhijian.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.incident.domain.Assessment;
import org.zhijian.incident.domain.IncidentDetails;
import org.zhijian.incident.domain.IncidentLevel;
import org.zhijian.incident.domain.IncidentReportKind;
import org.zhijian.incident.domain.IncidentService;
import org.zhijian.incident.domain.QualityIncident;
import org.zhijian.incident.domain.RiskAction;
import org.zhijian.incident.domain.RiskInformation;
import org.zhijian.incident.domain.RiskInformationDetails;
import org.zhijian.incident.domain.RiskInformationService;
import org.zhijian.incident.domain.RiskSource;
import org.zhijian.incident.domain.SpecialInspectionOrder;
import org.zhijian.region.domain.District;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.ZhijianUserDetails;

/**
 * The demo city's risk information and incidents: items in every state (received, one overdue, a
 * complaint on an enterprise's class, being assessed, closed with each action), an early-warning
 * signal, an incident opened from an assessment with its special inspection across two districts
 * (dispatched when the inspection module is there; {@link IncidentDemoClosing} has the districts do
 * the tasks and writes the closing report at the end), a closed drill and an open incident whose
 * initial report is late.
 */
@Component
class IncidentDemoData implements DemoDataContributor {

    /** The title {@link IncidentDemoClosing} finds the demo's responding incident by. */
    static final String RESPONSE_TITLE = "电动自行车锂电池充电起火事故";

    private final RiskInformationService information;
    private final IncidentService incidents;

    IncidentDemoData(RiskInformationService information, IncidentService incidents) {
        this.information = information;
        this.incidents = incidents;
    }

    /**
     * After {@link InspectionDemoData} (300): the special inspection and the risk-information task join
     * the tasks that contributor made (never keeping an enterprise off its due list), and the order
     * does not hang on two contributors sharing a number.
     */
    @Override
    public int order() {
        return 310;
    }

    @Override
    public void contribute(DemoCity city) {
        List<District> districts = city.districts();
        District d0 = districts.get(0);
        District d1 = districts.get(1);
        User inspector0 = city.usersOf(Role.INSPECTOR, d0.getId()).get(0);
        User inspector1 = city.usersOf(Role.INSPECTOR, d1.getId()).get(0);
        User head0 = city.usersOf(Role.HEAD, d0.getId()).get(0);
        User head1 = city.usersOf(Role.HEAD, d1.getId()).get(0);
        User cityHead = city.usersOf(Role.HEAD, null).get(0);
        List<Enterprise> e0 = active(city, d0);
        List<Enterprise> e1 = active(city, d1);
        Instant now = incidents.now();
        ZoneId zone = incidents.zone();

        // received, waiting for assessment (one overdue, one a complaint that counts on the class at once)
        receive(inspector0, RiskSource.MEDIA, null, d0, "网络舆情:某电商平台热销的儿童电动玩具出现电池鼓包,多名家长发帖反映",
                "本地新闻客户端", now.minus(Duration.ofDays(1)));
        receive(inspector1, RiskSource.REPORT, e1.get(0), null, "实名举报:该企业涉嫌使用回收料生产塑料食品接触制品",
                "张先生(实名)", now.minus(Duration.ofDays(12)));
        receive(inspector0, RiskSource.COMPLAINT, e0.get(0), null, "消费者投诉:购买的产品使用一周后底座漏电,要求退货并检测",
                "王女士", now.minus(Duration.ofHours(20)));
        // being assessed
        RiskInformation notice = receive(inspector1, RiskSource.DEPARTMENT, null, d1,
                "市卫健委通报:辖区发生两起疑似劣质燃气灶引发的一氧化碳中毒", "市卫生健康委员会", now.minus(Duration.ofDays(2)));
        as(head1, () -> information.startAssessment(notice.getId(), notice.getVersion()));
        RiskInformation monitoring = receive(inspector0, RiskSource.MONITORING, e0.get(1), null,
                "风险监测:该企业同批次电线电缆导体电阻连续两期接近限值", "市产品质量监督检验研究院", now.minus(Duration.ofDays(3)));
        as(head0, () -> information.startAssessment(monitoring.getId(), monitoring.getVersion()));
        // closed with each action
        close(head0, receive(inspector0, RiskSource.MEDIA, null, d0, "自媒体称本市某品牌保温杯铅超标", "短视频平台",
                now.minus(Duration.ofDays(9))), RiskAction.NONE, "经核实为外省旧闻转载,本市无该品牌生产企业");
        close(head1, receive(inspector1, RiskSource.COMPLAINT, e1.get(1), null, "消费者投诉:羽绒服含绒量与标签不符",
                "李女士", now.minus(Duration.ofDays(15))), RiskAction.SPOT_CHECK, "纳入下季度监督抽查计划,抽检含绒量");
        close(head0, receive(inspector0, RiskSource.REPORT, e0.get(2), null, "举报:该企业许可证过期后仍在生产电线电缆",
                "匿名", now.minus(Duration.ofDays(20))), RiskAction.CLUE, "涉嫌无证生产,移交执法机构立案核查");
        if (incidents.canDispatch()) {
            close(head1, receive(inspector1, RiskSource.MONITORING, e1.get(2), null, "风险监测:该企业出厂检验记录缺失",
                    "区市场监管所", now.minus(Duration.ofDays(6))), RiskAction.INSPECTION_TASK, "安排现场检查核实检验记录");
        }
        // an automatic signal of the early warning, keyed as the dashboard keys it
        information.recordSignal("warning:HAZARD_CLUSTER:" + d1.getId() + ":" + d1.getId() + ":CHEMICAL_PACKAGING:"
                        + YearMonth.from(city.today()), d1.getId(),
                "预警信号:" + d1.getNameZh() + "化工产品包装行业近 30 天新发现且未销号隐患 6 项");

        // the incident of the emergency response: assessed from risk information, special inspection in two districts
        Enterprise origin = e0.get(3);
        RiskInformation fire = receive(inspector0, RiskSource.DEPARTMENT, origin, null,
                "消防救援支队通报:" + RESPONSE_TITLE + ",造成一人受伤", "市消防救援支队", now.minus(Duration.ofMinutes(90)));
        RiskInformation assessed = as(cityHead, () -> information.assess(fire.getId(), fire.getVersion(),
                new Assessment(RiskAction.INCIDENT, "涉及在售同型号产品,启动较大事故应急响应", IncidentLevel.III,
                        now.minus(Duration.ofMinutes(100)), false)));
        Long incidentId = assessed.getIncidentId();
        report(cityHead, incidentId, IncidentReportKind.INITIAL, "首报:事故发生在居民楼楼道,一人轻度烧伤,涉事车辆电池已封存送检。");
        if (incidents.canDispatch()) {
            as(cityHead, () -> incidents.dispatch(incidentId, incidents.get(incidentId).getVersion(),
                    new SpecialInspectionOrder("电动自行车及锂电池质量安全专项检查", List.of(d0.getId(), d1.getId()),
                            origin.getIndustry(), city.today().plusDays(10))));
        }
        report(cityHead, incidentId, IncidentReportKind.FOLLOW_UP, "续报:初步认定为电池组过充保护失效,已通知企业暂停同批次产品销售。");

        // a drill, closed; never counted in figures
        QualityIncident drill = as(cityHead, () -> incidents.open(new IncidentDetails("应急演练:食品接触材料迁移物超标事故处置",
                IncidentLevel.II, null, d1.getId(), "按应急预案开展的桌面推演,检验信息报送和部门协同。",
                now.minus(Duration.ofHours(3)), true, null)));
        report(cityHead, drill.getId(), IncidentReportKind.INITIAL, "演练首报。");
        report(cityHead, drill.getId(), IncidentReportKind.CLOSING, "演练结束,评估报告另附。");

        // an open incident whose initial report is late
        as(head1, () -> incidents.open(new IncidentDetails("燃气灶具熄火保护失效事故", IncidentLevel.IV, e1.get(3).getId(), null,
                "居民使用燃气灶时熄火保护装置失效,发生轻微燃气泄漏,无人员伤亡。", now.minus(Duration.ofHours(5)), false, null)));
    }

    private static List<Enterprise> active(DemoCity city, District d) {
        return city.enterprisesIn(d.getId()).stream().filter(e -> e.getStatus() == EnterpriseStatus.ACTIVE).toList();
    }

    private RiskInformation receive(User inspector, RiskSource source, Enterprise e, District d, String summary,
                                    String informant, Instant receivedAt) {
        return as(inspector, () -> information.receive(new RiskInformationDetails(source, e == null ? null : e.getId(),
                d == null ? null : d.getId(), summary, informant, receivedAt)));
    }

    private void close(User head, RiskInformation r, RiskAction action, String reason) {
        as(head, () -> information.assess(r.getId(), information.get(r.getId()).getVersion(),
                Assessment.of(action, reason)));
    }

    private void report(User user, Long incidentId, IncidentReportKind kind, String content) {
        as(user, () -> incidents.report(incidentId, incidents.get(incidentId).getVersion(), kind, content));
    }

    static <T> T as(User u, Supplier<T> work) {
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
