package org.zhijian.spotcheck.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.zhijian.catalogue.domain.Judgement;

/**
 * A published result as the public sees it: what was sampled from whom, by
 * which agency, and the final verdict with the failed items. Nothing internal
 * (samplers, objections, post-processing) is carried here.
 */
public record PublicResult(Long id, String formNumber, String enterpriseName, String productName,
                           String productNameEn, String standard, String brand, String modelSpec,
                           String productionBatchNo, LocalDate samplingDate, String agency, Judgement verdict,
                           List<String> failedItems, Instant publishedAt) {

    public String productName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? productNameEn : productName;
    }
}
