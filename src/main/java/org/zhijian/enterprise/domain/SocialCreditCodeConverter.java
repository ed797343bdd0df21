package org.zhijian.enterprise.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class SocialCreditCodeConverter implements AttributeConverter<SocialCreditCode, String> {

    @Override
    public String convertToDatabaseColumn(SocialCreditCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public SocialCreditCode convertToEntityAttribute(String value) {
        return value == null ? null : SocialCreditCode.parse(value);
    }
}
