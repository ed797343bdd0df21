package org.zhijian.inspection.domain;

/** How a checklist item was found: conforming, not conforming, or not applicable to this enterprise. */
public enum ItemAnswer {
    CONFORM, NOT_CONFORM, NOT_APPLICABLE;

    public String messageCode() {
        return "inspection.answer." + name();
    }
}
