package org.zhijian.resultimport.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A batch assembled from the rows sharing its form number, before it is written. */
final class BatchDraft {

    final int index;
    final int firstRow;
    final String formNumber;
    final String signature;
    final String rawSignature;
    final boolean valid;
    ImportCatalogue.Product product;
    long enterpriseId;
    long districtId;
    String enterpriseName;
    long categoryId;
    String categoryName;
    String brand;
    String modelSpec;
    String productionBatchNo;
    LocalDate productionDate;
    int sampleQuantity;
    int backupQuantity;
    String quantityUnit;
    LocalDate samplingDate;
    String samplingPlace;
    String agency;
    String reportNumber;
    LocalDate testedOn;
    long[] samplerIds;
    boolean failed;
    final Set<Long> itemIds = new HashSet<>();

    BatchDraft(int index, int firstRow, String formNumber, String signature, String rawSignature, boolean valid) {
        this.index = index;
        this.firstRow = firstRow;
        this.formNumber = formNumber;
        this.signature = signature;
        this.rawSignature = rawSignature;
        this.valid = valid;
    }
}
