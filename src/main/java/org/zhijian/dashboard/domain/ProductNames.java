package org.zhijian.dashboard.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.ProductCategory;

/** Product names by id in the viewer's language, for figures and tables that carry only ids. */
public final class ProductNames {

    private ProductNames() {
    }

    public static Map<Long, String> of(CatalogueService catalogue, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        for (ProductCategory c : catalogue.all()) {
            names.put(c.getId(), c.name(locale));
        }
        return names;
    }
}
