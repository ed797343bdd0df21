package org.zhijian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseDetails;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.enterprise.domain.SocialCreditCode;
import org.zhijian.licence.domain.LicenceDetails;
import org.zhijian.licence.domain.LicenceNumber;
import org.zhijian.licence.domain.LicenceService;
import org.zhijian.licence.domain.LicenceStatus;
import org.zhijian.licence.domain.ProductionLicence;
import org.zhijian.region.domain.District;

/** 36 enterprises per district with valid credit codes, and licences in every state. */
final class DemoEnterprises {

    static final int PER_DISTRICT = 36;

    private static final String[] BRAND = {"恒达", "华宇", "永盛", "东海", "金鼎", "瑞丰", "海正", "天成", "宏远", "新星",
            "双环", "立华", "锦程", "三友", "正泰", "明辉", "百川", "鑫源", "联丰", "利民"};

    private static final Map<Industry, String> TRADE = Map.ofEntries(
            Map.entry(Industry.WIRE_CABLE, "电线电缆"), Map.entry(Industry.HOUSEHOLD_APPLIANCE, "电器"),
            Map.entry(Industry.FURNITURE, "家具"), Map.entry(Industry.WOOD_PANEL, "木业"),
            Map.entry(Industry.FERTILIZER, "肥业"), Map.entry(Industry.BUILDING_WATERPROOF, "防水材料"),
            Map.entry(Industry.ELECTRIC_BICYCLE, "电动车"), Map.entry(Industry.COATING, "涂料"),
            Map.entry(Industry.GARMENT, "服饰"), Map.entry(Industry.MOTOR, "电机"),
            Map.entry(Industry.WATER_SAVING, "洁具"), Map.entry(Industry.TOY, "玩具"),
            Map.entry(Industry.FOOD_CONTACT, "塑料包装"), Map.entry(Industry.CHEMICAL_PACKAGING, "包装容器"),
            Map.entry(Industry.PUMP_VALVE, "泵业"), Map.entry(Industry.AUTO_PARTS, "汽配"),
            Map.entry(Industry.PLASTIC_MOULD, "模塑"), Map.entry(Industry.SANITARY_WARE, "水暖"),
            Map.entry(Industry.MACHINERY, "机械"), Map.entry(Industry.OTHER, "实业"));

    /** Licensed industries: XK industry code, product unit code, product, product unit. */
    private static final Map<Industry, String[]> LICENSED = Map.of(
            Industry.WIRE_CABLE, new String[] {"06", "001", "电线电缆", "低压电力电缆"},
            Industry.FERTILIZER, new String[] {"13", "004", "化肥", "复混肥料"},
            Industry.BUILDING_WATERPROOF, new String[] {"23", "002", "建筑防水卷材", "改性沥青防水卷材"},
            Industry.COATING, new String[] {"13", "010", "危险化学品", "溶剂型涂料"},
            Industry.CHEMICAL_PACKAGING, new String[] {"19", "001", "危险化学品包装物、容器", "钢桶"},
            Industry.FOOD_CONTACT, new String[] {"16", "204", "食品用塑料包装容器工具等制品", "非复合膜袋"},
            Industry.WOOD_PANEL, new String[] {"21", "003", "人造板", "胶合板"});

    private final EnterpriseService enterprises;
    private final LicenceService licences;
    private final Random random;
    private final LocalDate today;
    private final Runnable checkpoint;
    private int serial = 100;

    /**
     * The checkpoint flushes and clears the persistence context: every query flushes first, so a
     * context holding the whole city would make each of the thousands of queries check every row.
     */
    DemoEnterprises(EnterpriseService enterprises, LicenceService licences, Random random, LocalDate today,
                    Runnable checkpoint) {
        this.enterprises = enterprises;
        this.licences = licences;
        this.random = random;
        this.today = today;
        this.checkpoint = checkpoint;
    }

    List<Enterprise> load(List<District> districts) {
        List<Enterprise> all = new ArrayList<>();
        List<ProductionLicence> issued = new ArrayList<>();
        Industry[] industries = Industry.values();
        for (District d : districts) {
            String town = d.getNameZh().substring(0, 2);
            for (int i = 0; i < PER_DISTRICT; i++) {
                Industry industry = industries[(i * 7 + d.getSortOrder()) % industries.length];
                String name = "台州市" + town + BRAND[(i + d.getSortOrder() * 3) % BRAND.length]
                        + TRADE.get(industry) + (i % 3 == 0 ? "股份有限公司" : "有限公司");
                if (i >= BRAND.length) {
                    name = name.replace("台州市", "浙江");
                }
                EnterpriseStatus status = i == 35 ? EnterpriseStatus.DEREGISTERED
                        : i == 34 ? EnterpriseStatus.SUSPENDED : EnterpriseStatus.ACTIVE;
                Enterprise e = enterprises.create(new EnterpriseDetails(name, creditCode(d.getCode()), d.getId(),
                        industry, status, d.getNameZh() + "经济开发区" + (10 + i) + "号",
                        "法人" + (i + 1), "0576-8" + (1000000 + random.nextInt(8999999)),
                        today.minusYears(3 + random.nextInt(25)).minusDays(random.nextInt(365))));
                all.add(e);
                String[] lic = LICENSED.get(industry);
                if (lic != null) {
                    issued.add(licence(e, lic));
                }
            }
            checkpoint.run();
        }
        licences.markExpired(today, "许可证有效期届满,未按期延续", "《中华人民共和国工业产品生产许可证管理条例》第二十九条");
        // the licences as they stand now (markExpired changed some), managed again after the checkpoints
        exitSome(issued.stream().map(l -> licences.get(l.getId())).toList());
        checkpoint.run();
        return all;
    }

    /** Issue dates from 7 years ago to last month: some lapse, some fall due for renewal. */
    private ProductionLicence licence(Enterprise e, String[] lic) {
        LocalDate issued = today.minusDays(30 + random.nextInt(365 * 7));
        LicenceNumber number = LicenceNumber.of("浙", lic[0], lic[1], serial++);
        return licences.record(new LicenceDetails(number, e.getId(), lic[2], lic[3], issued, null,
                "浙江省市场监督管理局"));
    }

    private void exitSome(List<ProductionLicence> issued) {
        String[][] exits = {
                {"SUSPENDED", "监督抽查不合格,责令停产整改期间暂停许可", "《工业产品生产许可证管理条例》第四十八条"},
                {"WITHDRAWN", "企业申请停止生产该产品", "《行政许可法》第八条"},
                {"REVOKED", "以欺骗手段取得生产许可证", "《行政许可法》第六十九条"},
                {"CANCELLED", "生产不符合产业政策的产品,情节严重", "《工业产品生产许可证管理条例》第四十六条"},
                {"DEREGISTERED", "企业依法终止", "《行政许可法》第七十条"},
        };
        int k = 0;
        for (ProductionLicence l : issued) {
            if (l.getStatus() != LicenceStatus.VALID || k >= exits.length * 2) {
                continue;
            }
            if (random.nextInt(4) == 0) {
                String[] x = exits[k % exits.length];
                licences.transition(l.getId(), l.getVersion(), LicenceStatus.valueOf(x[0]), x[1], x[2]);
                k++;
            }
        }
        issued.stream().filter(l -> l.getStatus() == LicenceStatus.EXPIRED).limit(3).forEach(l ->
                licences.transition(l.getId(), l.getVersion(), LicenceStatus.DEREGISTERED, "有效期届满未延续,依法注销",
                        "《行政许可法》第七十条"));
    }

    private SocialCreditCode creditCode(String divisionCode) {
        StringBuilder sb = new StringBuilder("91").append(divisionCode);
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        sb.append(SocialCreditCode.ALPHABET.charAt(random.nextInt(SocialCreditCode.ALPHABET.length())));
        return SocialCreditCode.parse(sb.toString() + SocialCreditCode.checkCharacter(sb.toString()));
    }
}
