package org.zhijian.portal.domain;

/** An upload as the enterprise user gives it: what it is for, the file as received, a note. */
public record EvidenceSubmission(EvidenceSubject subject, Long subjectId, String fileName, String contentType,
                                 byte[] data, String note) {
}
