package org.zhijian.enforcement.domain;

/** Evidence kept on a case: documents, photos, PDF scans, records of inquiry (询问笔录). */
public enum EvidenceKind {
    DOCUMENT, PHOTO, PDF_SCAN, INQUIRY_RECORD;

    public String messageCode() {
        return "enforcement.evidence.kind." + name();
    }
}
