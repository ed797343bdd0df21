package org.zhijian.enforcement.domain;

/** 普通程序 or 简易程序 (当场处罚). */
public enum ProcedureKind {
    GENERAL, SIMPLE;

    public String messageCode() {
        return "enforcement.procedure." + name();
    }
}
