package org.zhijian.spotcheck.domain;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The period summary of the seeds: "共对121种产品实施监督抽查,抽查2549家企业2776批次产品,
 * 平均抽样合格率为90.6%,同比提高3.9个百分点", in the viewer's language. The words come
 * from the message files (spotcheck.summary.*); the numbers from the {@link PassRate}.
 */
public final class SummarySentence {

    private SummarySentence() {
    }

    public static String of(PassRate rate, MessageSource messages, Locale locale) {
        if (rate.isEmpty()) {
            return messages.getMessage("spotcheck.summary.none", null, locale);
        }
        String head = messages.getMessage("spotcheck.summary.head", new Object[] {
                String.valueOf(rate.products()), String.valueOf(rate.enterprises()), String.valueOf(rate.batches()),
                rate.percent().toPlainString()}, locale);
        BigDecimal change = rate.changePoints();
        String tail;
        if (change == null) {
            tail = messages.getMessage("spotcheck.summary.noComparison", null, locale);
        } else if (change.signum() > 0) {
            tail = messages.getMessage("spotcheck.summary.up", new Object[] {change.toPlainString()}, locale);
        } else if (change.signum() < 0) {
            tail = messages.getMessage("spotcheck.summary.down", new Object[] {change.negate().toPlainString()},
                    locale);
        } else {
            tail = messages.getMessage("spotcheck.summary.same", null, locale);
        }
        return head + tail;
    }
}
