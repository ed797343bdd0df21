package org.zhijian.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhijian.account.domain.User;
import org.zhijian.credit.domain.CreditService;
import org.zhijian.credit.domain.Listing;
import org.zhijian.credit.domain.ListingAction;
import org.zhijian.credit.domain.ListingInput;
import org.zhijian.credit.domain.ListingService;
import org.zhijian.enforcement.domain.CaseClosed;
import org.zhijian.enforcement.domain.PenaltyDecided;
import org.zhijian.enforcement.domain.PenaltyKind;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.region.domain.District;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.ZhijianUserDetails;

/**
 * The demo city's quality credit: published penalty decisions (unless the enforcement demo already
 * decided a handful), two serious ones that propose their enterprise for the list, enterprises on the
 * serious illegal and dishonest list, one with a removal application to review, one removed early
 * after credit repair and one that left the list at term. Runs after every other contributor.
 */
@Component
class CreditDemoData implements DemoDataContributor {

    /** Enough penalties on the credit record: enforcement's demo made them, credit adds none. */
    private static final int ENOUGH_PENALTIES = 5;
    private static final String BASIS = "《中华人民共和国产品质量法》第四十九条";

    private static final String[][] PENALTIES = {
            {"生产销售不符合国家标准的电线电缆,导体电阻不合格", "FINE,CONFISCATION", "86000", "false",
                    "没收违法生产的电线电缆1200米,并处货值金额二倍罚款人民币8.6万元"},
            {"生产的涂料有害物质限量(VOC)不合格", "FINE", "42000", "false", "处货值金额一倍半罚款人民币4.2万元"},
            {"化肥总养分含量不合格,以不合格产品冒充合格产品", "FINE,CONFISCATION,PRODUCTION_STOP", "360000", "true",
                    "没收违法产品,处罚款人民币36万元,责令停产整顿"},
            {"标识不规范,未标注生产日期", "WARNING", "0", "false", "警告,责令改正"},
            {"电动自行车整车质量不合格,拒不整改后复检仍不合格", "FINE,LICENCE_SUSPENSION", "180000", "true",
                    "处罚款人民币18万元,暂扣生产许可证三个月"},
            {"食品接触用塑料制品迁移量不合格", "FINE", "25000", "false", "处货值金额一倍罚款人民币2.5万元"},
    };

    private static final String[] LISTING_REASONS = {
            "因生产销售不合格化肥被处以较大数额罚款并责令停产,属严重违法失信行为",
            "一年内两次因生产不合格电线电缆受到行政处罚,拒不整改",
            "以假充真、以次充好,造成重大质量安全隐患,被吊销生产许可证",
            "拒不执行行政处罚决定,逾期未缴纳罚款",
    };

    private final CreditService credit;
    private final ListingService listings;
    private final ApplicationEventPublisher events;

    CreditDemoData(CreditService credit, ListingService listings, ApplicationEventPublisher events) {
        this.credit = credit;
        this.listings = listings;
        this.events = events;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void contribute(DemoCity city) {
        LocalDate today = city.today();
        List<District> districts = city.districts();
        if (credit.penaltyCount() < ENOUGH_PENALTIES) {
            penalties(city, districts, today);
        }
        // on the list for 80 days; on it for 400 days with a removal application; removed early; expired
        District d0 = districts.get(0);
        District d1 = districts.get(1 % districts.size());
        listed(city, d0, 0, today.minusDays(95), today.minusDays(80));
        Long applied = listed(city, d1, 1, today.minusDays(420), today.minusDays(400));
        step(city, d1, applied, ListingAction.APPLY_REMOVAL,
                new ListingInput("已完成全面整改并通过复检,罚款已全部缴清,申请提前移出", true, true), today.minusDays(6));
        Long removed = listed(city, d0, 2, today.minusDays(520), today.minusDays(500));
        step(city, d0, removed, ListingAction.APPLY_REMOVAL,
                new ListingInput("违法行为已纠正,罚没款已缴纳,公示满一年,申请信用修复", true, true), today.minusDays(130));
        stepAsHead(city, d0, removed, ListingAction.APPROVE_REMOVAL,
                ListingInput.note("经核查,违法行为已纠正、罚款已缴纳,同意提前移出"), today.minusDays(120));
        listed(city, d1, 3, today.minusYears(3).minusDays(30), today.minusYears(3).minusDays(10));
        listings.expireDue(today);
    }

    private void penalties(DemoCity city, List<District> districts, LocalDate today) {
        for (int i = 0; i < PENALTIES.length; i++) {
            String[] p = PENALTIES[i];
            District d = districts.get(i % districts.size());
            Enterprise e = pick(city, d, 10 + i);
            long caseId = 900_000 + i;
            boolean serious = Boolean.parseBoolean(p[3]);
            // the first decision reached the public pages late, so the list shows the flag
            LocalDate decidedOn = today.minusDays(i == 0 ? 45 : 3 + 9L * i);
            Set<PenaltyKind> kinds = java.util.Arrays.stream(p[1].split(",")).map(PenaltyKind::valueOf)
                    .collect(java.util.stream.Collectors.toSet());
            BigDecimal fine = new BigDecimal(p[2]);
            String documentNumber = "台市监处罚〔" + decidedOn.getYear() + "〕" + (101 + i) + "号";
            as(inspector(city, d), () -> {
                events.publishEvent(new PenaltyDecided(caseId, e.getId(), d.getId(),
                        documentNumber, kinds,
                        fine.signum() == 0 ? null : fine, serious, decidedOn, p[0], BASIS, p[4]));
                if (serious) {
                    events.publishEvent(new CaseClosed(caseId, e.getId(), d.getId(), true, decidedOn.plusDays(2)));
                }
                return null;
            });
        }
    }

    /** A listing by hand, noticed and decided on the given days; its id. */
    private Long listed(DemoCity city, District d, int n, LocalDate proposedOn, LocalDate decidedOn) {
        Enterprise e = pick(city, d, 20 + n);
        Long id = as(inspector(city, d), () -> listings.proposeOn(e.getId(), LISTING_REASONS[n], proposedOn)).getId();
        step(city, d, id, ListingAction.NOTIFY, ListingInput.note(null), proposedOn.plusDays(1));
        stepAsHead(city, d, id, ListingAction.LIST, ListingInput.note("陈述申辩期满未提出异议,决定列入"), decidedOn);
        return id;
    }

    private void step(DemoCity city, District d, Long id, ListingAction action, ListingInput in, LocalDate on) {
        as(inspector(city, d), () -> perform(id, action, in, on));
    }

    private void stepAsHead(DemoCity city, District d, Long id, ListingAction action, ListingInput in, LocalDate on) {
        as(city.usersOf(Role.HEAD, d.getId()).get(0), () -> perform(id, action, in, on));
    }

    private Listing perform(Long id, ListingAction action, ListingInput in, LocalDate on) {
        return listings.performOn(id, listings.get(id).getVersion(), action, in, on);
    }

    private static User inspector(DemoCity city, District d) {
        return city.usersOf(Role.INSPECTOR, d.getId()).get(0);
    }

    /** The n-th active enterprise of the district (wrapping), the same on every machine. */
    private static Enterprise pick(DemoCity city, District d, int n) {
        List<Enterprise> active = city.enterprisesIn(d.getId()).stream()
                .filter(e -> e.getStatus() == EnterpriseStatus.ACTIVE).toList();
        return active.get(n % active.size());
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
