package org.zhijian.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhijian.account.domain.User;
import org.zhijian.enforcement.domain.CaseAction;
import org.zhijian.enforcement.domain.CaseCommand;
import org.zhijian.enforcement.domain.CaseService;
import org.zhijian.enforcement.domain.Clue;
import org.zhijian.enforcement.domain.ClueService;
import org.zhijian.enforcement.domain.EnforcementCase;
import org.zhijian.enforcement.domain.OpenCaseDetails;
import org.zhijian.enforcement.domain.PartyKind;
import org.zhijian.enforcement.domain.PenaltyKind;
import org.zhijian.enforcement.domain.SimpleCaseDetails;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.region.domain.District;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.ZhijianUserDetails;

/**
 * The demo city's enforcement: in the first two districts, clues waiting (one overdue) and declined,
 * and cases in every state (some past their decision, delivery or payment deadline), decided
 * penalties published through the service (so credit records them), one closed serious case and one
 * penalty on the spot. A few dozen records, made through the services like a user would.
 */
@Component
class EnforcementDemoData implements DemoDataContributor {

    private static final String BASIS = "《中华人民共和国产品质量法》第四十九条";
    private static final String[][] FACTS = {
            {"生产销售甲醛释放量不符合GB 18580的胶合板", "罚款"},
            {"生产销售导体电阻不合格的电线电缆", "没收违法产品并罚款"},
            {"未按规定标注产品生产日期和厂址", "警告"},
            {"以不合格肥料冒充合格产品销售", "罚款"},
            {"生产销售阻燃性能不合格的电动自行车线束", "罚款"},
            {"许可证暂停期间继续生产", "暂扣许可证"},
    };

    private final ClueService clues;
    private final CaseService cases;

    EnforcementDemoData(ClueService clues, CaseService cases) {
        this.clues = clues;
        this.cases = cases;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(DemoCity city) {
        LocalDate today = city.today();
        List<District> districts = city.districts();
        for (int i = 0; i < Math.min(2, districts.size()); i++) {
            District d = districts.get(i);
            List<User> inspectors = city.usersOf(Role.INSPECTOR, d.getId());
            List<User> heads = city.usersOf(Role.HEAD, d.getId());
            List<Enterprise> active = city.enterprisesIn(d.getId()).stream()
                    .filter(e -> e.getStatus() == EnterpriseStatus.ACTIVE).toList();
            if (inspectors.size() < 2 || heads.isEmpty() || active.size() < 12) {
                continue;
            }
            new DistrictCases(today, inspectors.get(0), inspectors.get(1), heads.get(0), active, i).run();
        }
    }

    /** One district's clues and cases. */
    private final class DistrictCases {
        final LocalDate today;
        final User inspector;
        final User second;
        final User head;
        final List<Enterprise> enterprises;
        final int index;
        int next;

        DistrictCases(LocalDate today, User inspector, User second, User head, List<Enterprise> enterprises, int index) {
            this.today = today;
            this.inspector = inspector;
            this.second = second;
            this.head = head;
            this.enterprises = enterprises;
            this.index = index;
        }

        Enterprise enterprise() {
            return enterprises.get(next++ % enterprises.size());
        }

        void run() {
            as(inspector, () -> clues.recordTransfer(enterprise().getId(), "台公(治)移字〔2026〕" + (11 + index) + "号",
                    "公安机关移送:涉嫌生产销售伪劣电线电缆", today.minusDays(3)));
            as(inspector, () -> clues.recordTransfer(enterprise().getId(), "台应急移〔2026〕" + (5 + index) + "号",
                    "应急管理部门移送:涉嫌使用未经检验的压力容器生产", today.minusDays(40)));
            Clue declined = as(inspector, () -> clues.recordTransfer(enterprise().getId(), "12315-2026-" + (800 + index),
                    "群众举报:产品包装标注不规范", today.minusDays(30)));
            as(head, () -> clues.decline(declined.getId(), declined.getVersion(),
                    "经核查,企业已于举报前自行整改,情节轻微,依法不予立案"));

            open(0, today.minusDays(20));
            // past its 90-day decision deadline
            open(1, today.minusDays(100));
            EnforcementCase notified = open(2, today.minusDays(30));
            notice(notified, today.minusDays(2), EnumSet.of(PenaltyKind.FINE), "20000");
            EnforcementCase hearing = open(3, today.minusDays(40));
            notice(hearing, today.minusDays(20), EnumSet.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION), "150000");
            step(inspector, hearing, CaseCommand.of(CaseAction.REQUEST_HEARING, today.minusDays(18), null));
            // decided twelve days ago and not yet delivered: past the 7-day delivery deadline
            decidedCase(4, today.minusDays(50), today.minusDays(12), "30000");
            EnforcementCase unpaid = decidedCase(0, today.minusDays(70), today.minusDays(40), "45000");
            step(inspector, unpaid, CaseCommand.of(CaseAction.DELIVER, today.minusDays(38), null));
            EnforcementCase executed = decidedCase(1, today.minusDays(80), today.minusDays(50), "60000");
            step(inspector, executed, CaseCommand.of(CaseAction.DELIVER, today.minusDays(48), null));
            step(inspector, executed, new CaseCommand(CaseAction.EXECUTE, today.minusDays(40), null, null, null, null,
                    null, null, new BigDecimal("60000")));
            EnforcementCase transferred = open(3, today.minusDays(35));
            step(head, transferred, CaseCommand.of(CaseAction.TRANSFER, today.minusDays(10),
                    "涉案货值金额超过五万元,涉嫌生产、销售伪劣产品罪,移送公安机关"));
            if (index == 0) {
                EnforcementCase serious = decidedCase(1, today.minusDays(120), today.minusDays(80), "180000");
                step(inspector, serious, CaseCommand.of(CaseAction.DELIVER, today.minusDays(78), null));
                // paid eight days late: the surcharge is 3 % a day of the fine
                step(inspector, serious, new CaseCommand(CaseAction.EXECUTE, today.minusDays(55), null, null, null,
                        null, null, null, new BigDecimal("223200")));
                step(head, serious, CaseCommand.of(CaseAction.CLOSE, today.minusDays(50), "罚没款已入库,执行完毕"));
                as(inspector, () -> cases.decideOnTheSpot(new SimpleCaseDetails(enterprise().getId(),
                        Set.of(inspector.getId(), second.getId()), PartyKind.ORGANISATION, "产品未标注中文厂名厂址",
                        "《中华人民共和国产品质量法》第五十四条", EnumSet.of(PenaltyKind.FINE), new BigDecimal("2000"),
                        "当场罚款人民币贰仟元", today.minusDays(6))));
            }
        }

        EnforcementCase open(int fact, LocalDate on) {
            Enterprise e = enterprise();
            Clue c = as(inspector, () -> clues.recordTransfer(e.getId(), "12315-" + on.getYear() + "-" + (100 + next),
                    FACTS[fact][0], on.minusDays(5)));
            return as(head, () -> clues.open(c.getId(), c.getVersion(), new OpenCaseDetails(
                    Set.of(inspector.getId(), second.getId()), PartyKind.ORGANISATION, FACTS[fact][0], BASIS,
                    "经核查,违法事实基本清楚,依法立案调查", on)));
        }

        void notice(EnforcementCase k, LocalDate on, Set<PenaltyKind> kinds, String fine) {
            step(inspector, k, new CaseCommand(CaseAction.ISSUE_NOTICE, on, null, kinds, new BigDecimal(fine),
                    "罚款人民币" + fine + "元", null, null, null));
        }

        EnforcementCase decidedCase(int fact, LocalDate opened, LocalDate decidedOn, String fine) {
            EnforcementCase k = open(fact, opened);
            notice(k, decidedOn.minusDays(10), EnumSet.of(PenaltyKind.FINE), fine);
            step(inspector, k, CaseCommand.of(CaseAction.RECORD_STATEMENT, decidedOn.minusDays(9),
                    "当事人对违法事实无异议,请求从轻处罚"));
            return step(inspector, k, CaseCommand.of(CaseAction.DECIDE, decidedOn, null));
        }

        EnforcementCase step(User u, EnforcementCase k, CaseCommand c) {
            return as(u, () -> cases.perform(k.getId(), cases.get(k.getId()).getVersion(), c));
        }
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
