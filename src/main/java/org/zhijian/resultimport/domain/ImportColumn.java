package org.zhijian.resultimport.domain;

/**
 * The columns of the import template, one row per test item result; rows with
 * the same form number make one batch and must agree on its sampling fields.
 * Headers are matched by their Chinese title, in any order.
 */
public enum ImportColumn {
    FORM_NUMBER("抽样单编号", true),
    CREDIT_CODE("统一社会信用代码", true),
    PRODUCT("产品名称", true),
    BRAND("商标", false),
    MODEL_SPEC("规格型号", false),
    PRODUCTION_BATCH_NO("生产批号", false),
    PRODUCTION_DATE("生产日期", false),
    SAMPLE_QUANTITY("样品数量", true),
    BACKUP_QUANTITY("备样数量", true),
    QUANTITY_UNIT("计量单位", true),
    SAMPLING_DATE("抽样日期", true),
    SAMPLING_PLACE("抽样地点", true),
    SAMPLERS("抽样人员", true),
    AGENCY("检验机构", true),
    REPORT_NUMBER("检验报告编号", false),
    TESTED_ON("检验日期", true),
    TEST_ITEM("检验项目", true),
    VALUE("检测值", true);

    private final String title;
    private final boolean required;

    ImportColumn(String title, boolean required) {
        this.title = title;
        this.required = required;
    }

    /** The header as the template writes it: fixed Chinese titles, the agencies' own vocabulary. */
    public String title() {
        return title;
    }

    public boolean required() {
        return required;
    }

    public String messageCode() {
        return "spotcheck.import.column." + name();
    }

    public boolean isDate() {
        return this == PRODUCTION_DATE || this == SAMPLING_DATE || this == TESTED_ON;
    }
}
