package org.zhijian.spotcheck.web;

import java.util.ArrayList;
import java.util.List;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.catalogue.domain.TestItem;
import org.zhijian.spotcheck.domain.ItemMeasurement;
import org.zhijian.spotcheck.domain.MeasuredValue;
import org.zhijian.system.BusinessRuleException;

/** Turns typed result rows into measurements; blank rows are items not tested. */
final class Measurements {

    private Measurements() {
    }

    static List<ResultRow> rowsFor(ProductCategory category) {
        List<ResultRow> rows = new ArrayList<>();
        for (TestItem i : category.getItems()) {
            rows.add(new ResultRow(i.getId()));
        }
        return rows;
    }

    /** Reads the rows; a bad value is reported against its row ("results[2].value"). */
    static List<ItemMeasurement> read(ProductCategory category, List<ResultRow> rows) {
        List<ItemMeasurement> list = new ArrayList<>();
        for (int n = 0; n < rows.size(); n++) {
            ResultRow row = rows.get(n);
            if (row.getValue() == null || row.getValue().isBlank() || row.getTestItemId() == null) {
                continue;
            }
            String field = "results[" + n + "].value";
            TestItem item = category.item(row.getTestItemId())
                    .orElseThrow(() -> new BusinessRuleException("results", "spotcheck.result.unknownItem"));
            list.add(item.getLimitKind().isNumeric()
                    ? new ItemMeasurement(item.getId(), MeasuredValue.number(row.getValue(), field), null)
                    : new ItemMeasurement(item.getId(), null, MeasuredValue.conforming(row.getValue(), field)));
        }
        return list;
    }
}
