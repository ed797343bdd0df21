package org.zhijian.inspection.domain;

/** A photo sent with an inspection record, before its checks. */
public record PhotoUpload(String fileName, String contentType, byte[] data) {
}
