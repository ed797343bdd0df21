package org.zhijian.demo;

import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.enterprise.domain.Industry;

/** The demo catalogue: the products the seeds name, with real standards and typical limits. */
final class DemoCatalogue {

    /** code, name, English name, risk class, standard, industry. */
    record Product(String code, String name, String nameEn, RiskClass risk, String standard, Industry industry,
                   Item... items) {
    }

    /** name, unit, kind (MAX/MIN/RANGE/PASS_FAIL), lower, upper, method. */
    record Item(String name, String unit, String kind, String lower, String upper, String method) {
    }

    private DemoCatalogue() {
    }

    static Item max(String name, String unit, String upper, String method) {
        return new Item(name, unit, "MAX", null, upper, method);
    }

    static Item min(String name, String unit, String lower, String method) {
        return new Item(name, unit, "MIN", lower, null, method);
    }

    static Item range(String name, String unit, String lower, String upper, String method) {
        return new Item(name, unit, "RANGE", lower, upper, method);
    }

    static Item check(String name, String method) {
        return new Item(name, null, "PASS_FAIL", null, null, method);
    }

    static final Product[] PRODUCTS = {
            new Product("DX01", "电线电缆", "Electric wires and cables", RiskClass.HIGH,
                    "GB/T 5023.3-2008 额定电压450/750V及以下聚氯乙烯绝缘电缆", Industry.WIRE_CABLE,
                    max("导体电阻(20℃,2.5mm²)", "Ω/km", "7.41", "GB/T 3048.4"),
                    min("绝缘平均厚度", "mm", "0.7", "GB/T 2951.11"),
                    min("老化前绝缘抗张强度", "N/mm²", "12.5", "GB/T 2951.11"),
                    check("标志", "GB/T 6995.3")),
            new Product("XJD01", "小家电", "Small household appliances", RiskClass.HIGH,
                    "GB 4706.1-2005 家用和类似用途电器的安全 第1部分:通用要求", Industry.HOUSEHOLD_APPLIANCE,
                    max("泄漏电流", "mA", "0.75", "GB 4706.1 第13章"),
                    check("电气强度", "GB 4706.1 第16章"),
                    max("接地电阻", "Ω", "0.1", "GB 4706.1 第27章"),
                    range("输入功率偏差", "%", "-10", "5", "GB 4706.1 第10章")),
            new Product("JJ01", "家具", "Furniture (children's)", RiskClass.MEDIUM,
                    "GB 28007-2011 儿童家具通用技术条件", Industry.FURNITURE,
                    max("甲醛释放量", "mg/L", "1.5", "GB/T 17657"),
                    max("可迁移元素 铅", "mg/kg", "90", "GB 6675.4"),
                    check("警示标识", "GB 28007 第7章")),
            new Product("RZB01", "人造板", "Wood-based panels", RiskClass.HIGH,
                    "GB/T 18580-2017 室内装饰装修材料 人造板及其制品中甲醛释放限量", Industry.WOOD_PANEL,
                    max("甲醛释放量", "mg/m³", "0.124", "GB/T 17657 1m³气候箱法"),
                    range("含水率", "%", "3", "13", "GB/T 17657"),
                    min("静曲强度", "MPa", "12", "GB/T 17657")),
            new Product("HF01", "化肥", "Compound fertilisers", RiskClass.MEDIUM,
                    "GB/T 15063-2020 复合肥料", Industry.FERTILIZER,
                    min("总养分(N+P₂O₅+K₂O)", "%", "40.0", "GB/T 15063"),
                    min("水溶性磷占有效磷百分率", "%", "60", "GB/T 15063"),
                    max("水分(H₂O)", "%", "2.0", "GB/T 8577"),
                    max("氯离子", "%", "3.0", "GB/T 15063 附录B")),
            new Product("FS01", "建筑防水卷材", "Building waterproof membranes", RiskClass.MEDIUM,
                    "GB 18242-2008 弹性体改性沥青防水卷材", Industry.BUILDING_WATERPROOF,
                    min("可溶物含量", "g/m²", "2900", "GB/T 328.26"),
                    min("拉力(纵向)", "N/50mm", "500", "GB/T 328.8"),
                    check("低温柔性(-20℃)", "GB/T 328.14"),
                    check("耐热性(90℃)", "GB/T 328.11")),
            new Product("DDC01", "电动自行车", "Electric bicycles", RiskClass.HIGH,
                    "GB 17761-2018 电动自行车安全技术规范", Industry.ELECTRIC_BICYCLE,
                    max("最高设计车速", "km/h", "25", "GB 17761 6.1.1"),
                    max("整车质量(含电池)", "kg", "55", "GB 17761 6.1.2"),
                    max("蓄电池标称电压", "V", "48", "GB 17761 6.1.3"),
                    check("制动性能", "GB 17761 6.2")),
            new Product("TL01", "涂料", "Wood coatings", RiskClass.HIGH,
                    "GB 18581-2020 木器涂料中有害物质限量", Industry.COATING,
                    max("挥发性有机化合物(VOC)", "g/L", "550", "GB 18581 附录A"),
                    max("苯", "%", "0.3", "GB 18581 附录B"),
                    max("甲苯、二甲苯和乙苯总和", "%", "30", "GB 18581 附录B"),
                    max("游离二异氰酸酯总和", "%", "0.4", "GB/T 18446")),
            new Product("FZ01", "服装", "Garments", RiskClass.LOW,
                    "GB 18401-2010 国家纺织产品基本安全技术规范(B类)", Industry.GARMENT,
                    max("甲醛含量", "mg/kg", "75", "GB/T 2912.1"),
                    range("pH值", null, "4.0", "8.5", "GB/T 7573"),
                    min("耐水色牢度(变色)", "级", "3", "GB/T 5713"),
                    check("异味", "GB 18401 6.7"),
                    check("可分解致癌芳香胺染料", "GB/T 17592")),
            new Product("DJ01", "电机", "Electric motors", RiskClass.MEDIUM,
                    "GB 18613-2020 电动机能效限定值及能效等级", Industry.MOTOR,
                    min("效率(7.5kW 4极)", "%", "90.4", "GB/T 1032"),
                    min("绝缘电阻", "MΩ", "5", "GB/T 755"),
                    check("耐电压试验", "GB/T 755")),
            new Product("JS01", "节水产品", "Water-saving taps", RiskClass.LOW,
                    "GB 25501-2019 水嘴水效限定值及水效等级", Industry.WATER_SAVING,
                    max("流量(0.1MPa)", "L/min", "7.5", "GB 25501 附录A"),
                    check("密封性能", "GB 18145")),
            new Product("WJ01", "玩具", "Toys", RiskClass.HIGH,
                    "GB 6675.1-2014 玩具安全 第1部分:基本规范", Industry.TOY,
                    check("小零件", "GB 6675.2 4.4"),
                    check("锐利边缘", "GB 6675.2 5.8"),
                    max("可迁移元素 铅", "mg/kg", "90", "GB 6675.4"),
                    max("邻苯二甲酸酯(DEHP+DBP+BBP)", "%", "0.1", "GB/T 22048")),
            new Product("SP01", "食品相关产品", "Food-contact plastics", RiskClass.HIGH,
                    "GB 4806.7-2016 食品安全国家标准 食品接触用塑料材料及制品", Industry.FOOD_CONTACT,
                    max("总迁移量(4%乙酸)", "mg/dm²", "10", "GB 31604.8"),
                    max("高锰酸钾消耗量", "mg/kg", "10", "GB 31604.2"),
                    max("重金属(以Pb计)", "mg/kg", "1", "GB 31604.9"),
                    check("脱色试验", "GB 31604.7")),
            new Product("WB01", "危化品包装物", "Dangerous-goods packagings", RiskClass.HIGH,
                    "GB 19161-2016 危险货物包装 包装用塑料桶", Industry.CHEMICAL_PACKAGING,
                    check("跌落试验", "GB/T 4857.5"),
                    check("气密试验", "GB 19269"),
                    check("液压试验", "GB 19269"),
                    check("堆码试验", "GB/T 4857.3"),
                    min("最小壁厚", "mm", "1.0", "GB/T 6672")),
    };
}
