package org.zhijian.enforcement.domain;

/** A clue is received (待核查), then the head opens a case from it (已立案) or declines it (不予立案). */
public enum ClueStatus {
    RECEIVED, OPENED, DECLINED;

    public String messageCode() {
        return "enforcement.clue.status." + name();
    }
}
