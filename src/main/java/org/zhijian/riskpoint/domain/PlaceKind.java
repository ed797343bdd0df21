package org.zhijian.riskpoint.domain;

/** Where in the enterprise a risk point sits: workshop, process, equipment or post (车间/工序/设备/岗位). */
public enum PlaceKind {
    WORKSHOP, PROCESS, EQUIPMENT, POST;

    public String messageCode() {
        return "risk.place." + name();
    }
}
