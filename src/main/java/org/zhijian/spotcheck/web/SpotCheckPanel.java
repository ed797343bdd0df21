package org.zhijian.spotcheck.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhijian.spotcheck.domain.BatchRow;
import org.zhijian.spotcheck.domain.BatchService;

/**
 * The enterprise page's spot-check panel reads its rows through this bean
 * (${@spotCheckPanel.batchesOf(id)}), so the enterprise controller needs no
 * knowledge of spot checks. Scoped by the batch service like every read.
 */
@Component("spotCheckPanel")
public class SpotCheckPanel {

    private final BatchService batches;

    SpotCheckPanel(BatchService batches) {
        this.batches = batches;
    }

    public List<BatchRow> batchesOf(Long enterpriseId) {
        return batches.rowsOfEnterprise(enterpriseId);
    }
}
