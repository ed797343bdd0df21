package org.zhijian.licence.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class LicenceNumberConverter implements AttributeConverter<LicenceNumber, String> {

    @Override
    public String convertToDatabaseColumn(LicenceNumber number) {
        return number == null ? null : number.value();
    }

    @Override
    public LicenceNumber convertToEntityAttribute(String value) {
        return value == null ? null : LicenceNumber.parse(value);
    }
}
