package org.zhijian.resultimport.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.zhijian.catalogue.domain.Judgement;

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
    /** The judgements its items got; the verdict is the batch aggregate's rule over them. */
    final Set<Judgement> judgements = EnumSet.noneOf(Judgement.class);
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
