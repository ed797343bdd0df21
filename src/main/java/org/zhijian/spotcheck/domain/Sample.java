package org.zhijian.spotcheck.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The product taken (样品信息): what it is, which production batch, and how many units were sealed. */
@Embeddable
class Sample {

    @Column(length = 100)
    String brand;

    @Column(name = "model_spec", length = 200)
    String modelSpec;

    @Column(name = "production_batch_no", length = 60)
    String productionBatchNo;

    @Column(name = "production_date")
    LocalDate productionDate;

    @Column(name = "sample_quantity", nullable = false)
    int sampleQuantity;

    @Column(name = "backup_quantity", nullable = false)
    int backupQuantity;

    @Column(name = "quantity_unit", nullable = false, length = 10)
    String quantityUnit;

    Sample() {
    }

    Sample(String brand, String modelSpec, String productionBatchNo, LocalDate productionDate, int sampleQuantity,
           int backupQuantity, String quantityUnit) {
        this.brand = brand;
        this.modelSpec = modelSpec;
        this.productionBatchNo = productionBatchNo;
        this.productionDate = productionDate;
        this.sampleQuantity = sampleQuantity;
        this.backupQuantity = backupQuantity;
        this.quantityUnit = quantityUnit;
    }
}
