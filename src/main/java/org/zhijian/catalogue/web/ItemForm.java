package org.zhijian.catalogue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.zhijian.catalogue.domain.Limit;
import org.zhijian.catalogue.domain.LimitKind;

/** A test item with its limit, as an admin types it. */
public class ItemForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    @Size(max = 30)
    private String unit;

    @NotNull
    private LimitKind limitKind;

    private BigDecimal lowerLimit;

    private BigDecimal upperLimit;

    @Size(max = 100)
    private String method;

    Limit toLimit() {
        return new Limit(limitKind, limitKind == LimitKind.MIN || limitKind == LimitKind.RANGE ? lowerLimit : null,
                limitKind == LimitKind.MAX || limitKind == LimitKind.RANGE ? upperLimit : null);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public LimitKind getLimitKind() {
        return limitKind;
    }

    public void setLimitKind(LimitKind limitKind) {
        this.limitKind = limitKind;
    }

    public BigDecimal getLowerLimit() {
        return lowerLimit;
    }

    public void setLowerLimit(BigDecimal lowerLimit) {
        this.lowerLimit = lowerLimit;
    }

    public BigDecimal getUpperLimit() {
        return upperLimit;
    }

    public void setUpperLimit(BigDecimal upperLimit) {
        this.upperLimit = upperLimit;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }
}
