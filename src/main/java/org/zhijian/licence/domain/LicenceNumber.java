package org.zhijian.licence.domain;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhijian.enterprise.domain.SocialCreditCode;

/**
 * A production licence number: {@code XK} + 2-digit industry + {@code -} +
 * 3-digit product unit + {@code -} + 5-digit serial, e.g. {@code XK13-011-00301};
 * provincially issued ones carry a prefix such as {@code (浙)}.
 */
public final class LicenceNumber {

    private static final Pattern FORMAT =
            Pattern.compile("^(?:\\((\\p{IsHan})\\))?XK(\\d{2})-(\\d{3})-(\\d{5})$");

    private final String value;
    private final String province;
    private final String industryCode;
    private final String productUnitCode;
    private final String serial;

    private LicenceNumber(String value, String province, String industryCode, String productUnitCode, String serial) {
        this.value = value;
        this.province = province;
        this.industryCode = industryCode;
        this.productUnitCode = productUnitCode;
        this.serial = serial;
    }

    /** Trims, folds full-width characters (（浙）, ＸＫ) and upper-cases, then checks the format. */
    public static LicenceNumber parse(String input) {
        String normalised = SocialCreditCode.normalise(input).replace(" ", "");
        Matcher m = FORMAT.matcher(normalised);
        if (!m.matches()) {
            throw new IllegalArgumentException("licence number format: " + input);
        }
        return new LicenceNumber(normalised, m.group(1), m.group(2), m.group(3), m.group(4));
    }

    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static LicenceNumber of(String province, String industryCode, String productUnitCode, int serial) {
        String prefix = province == null ? "" : "(" + province + ")";
        return parse(prefix + "XK" + industryCode + "-" + productUnitCode + "-" + String.format("%05d", serial));
    }

    public String value() {
        return value;
    }

    /** Issuing province (浙), or null for a nationally issued licence. */
    public String province() {
        return province;
    }

    public String industryCode() {
        return industryCode;
    }

    public String productUnitCode() {
        return productUnitCode;
    }

    public String serial() {
        return serial;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LicenceNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
