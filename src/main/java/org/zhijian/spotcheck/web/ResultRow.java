package org.zhijian.spotcheck.web;

/** One test item's result as typed on a form: the text is read by MeasuredValue (full-width digits, 合格/不合格). */
public class ResultRow {

    private Long testItemId;
    private String value;

    public ResultRow() {
    }

    ResultRow(Long testItemId) {
        this.testItemId = testItemId;
    }

    public Long getTestItemId() {
        return testItemId;
    }

    public void setTestItemId(Long testItemId) {
        this.testItemId = testItemId;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
