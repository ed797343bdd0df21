package org.zhijian.enforcement.domain;

/** Who is penalised: the thresholds for serious penalties and the simple procedure differ. */
public enum PartyKind {
    /** 公民 (an individual business) */
    PERSON,
    /** 法人或其他组织 */
    ORGANISATION;

    public String messageCode() {
        return "enforcement.party." + name();
    }
}
