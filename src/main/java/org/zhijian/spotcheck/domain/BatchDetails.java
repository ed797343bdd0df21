package org.zhijian.spotcheck.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * The sampling record of a batch (抽样单) as an inspector fills it in. The
 * submission token comes from the form (or the API's Idempotency-Key) and makes
 * a resubmission return the batch already recorded.
 */
public record BatchDetails(String formNumber, Long planId, Long enterpriseId, Long categoryId, String brand,
                           String modelSpec, String productionBatchNo, LocalDate productionDate, int sampleQuantity,
                           int backupQuantity, String quantityUnit, LocalDate samplingDate, String samplingPlace,
                           String agency, Set<Long> samplerIds, String submissionToken) {
}
