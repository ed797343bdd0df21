package org.zhijian.dashboard.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.ProductCategory;

/** Product names by id in the viewer's language, for tables that carry only ids. */
final class DashboardLabels {

    private DashboardLabels() {
    }

    static Map<Long, String> products(CatalogueService catalogue, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        for (ProductCategory c : catalogue.all()) {
            names.put(c.getId(), c.name(locale));
        }
        return names;
    }
}
