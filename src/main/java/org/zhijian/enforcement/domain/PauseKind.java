package org.zhijian.enforcement.domain;

/** What stops a case's 90-day decision clock. */
public enum PauseKind {
    /** 听证 */
    HEARING,
    /** 检测、检验、鉴定 */
    TESTING,
    /** 公告 */
    PUBLIC_NOTICE;

    public String messageCode() {
        return "enforcement.pause." + name();
    }
}
