package org.zhijian.spotcheck.domain;

import java.time.LocalDate;
import java.util.Locale;
import org.zhijian.catalogue.domain.Judgement;

/** A batch as lists, exports and the API show it: flat, read inside the service's transaction. */
public record BatchRow(Long id, String formNumber, Long enterpriseId, String enterpriseName, String creditCode,
                       Long districtId, Long categoryId, String categoryName, String categoryNameEn, String brand,
                       String modelSpec, String productionBatchNo, LocalDate samplingDate, String agency,
                       PlanLevel level, Long planId, BatchStatus status, Judgement verdict, LocalDate stepDueOn,
                       boolean overdue, boolean finalVerdict, boolean published, long version) {

    static BatchRow of(SamplingBatch b, LocalDate today) {
        return new BatchRow(b.getId(), b.getFormNumber(), b.getEnterprise().getId(), b.getEnterprise().getName(),
                b.getEnterprise().getCreditCode().value(), b.getDistrictId(), b.getCategory().getId(),
                b.getCategory().getName(), b.getCategory().getNameEn(), b.getBrand(), b.getModelSpec(),
                b.getProductionBatchNo(), b.getSamplingDate(), b.getAgency(), b.getLevel(),
                b.getPlan() == null ? null : b.getPlan().getId(), b.getStatus(), b.getVerdict(), b.getStepDueOn(),
                b.isOverdue(today), b.isFinal(today), b.getPublishedAt() != null, b.getVersion());
    }

    public String categoryName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? categoryNameEn : categoryName;
    }
}
