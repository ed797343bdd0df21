package org.zhijian.enforcement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Delivery and payment (送达、执行): the decision is delivered within 7 days; a fine is paid within 15
 * days of delivery; each day late adds 3 % of the fine (加处罚款, 行政处罚法 第七十二条), never more than
 * the fine itself.
 */
public final class PaymentTerms {

    public static final int DELIVERY_DAYS = 7;
    public static final int PAYMENT_DAYS = 15;
    private static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

    private PaymentTerms() {
    }

    public static LocalDate deliverBy(LocalDate decidedOn) {
        return decidedOn.plusDays(DELIVERY_DAYS);
    }

    public static LocalDate payBy(LocalDate deliveredOn) {
        return deliveredOn.plusDays(PAYMENT_DAYS);
    }

    /** The late-payment surcharge for paying on {@code paidOn} a fine due on {@code payBy}. */
    public static BigDecimal surcharge(BigDecimal fine, LocalDate payBy, LocalDate paidOn) {
        if (fine == null || fine.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        long late = Math.max(0, ChronoUnit.DAYS.between(payBy, paidOn));
        BigDecimal s = fine.multiply(DAILY_RATE).multiply(BigDecimal.valueOf(late));
        return s.min(fine).setScale(2, RoundingMode.HALF_UP);
    }
}
