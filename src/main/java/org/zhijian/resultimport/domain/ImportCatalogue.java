package org.zhijian.resultimport.domain;

import java.util.HashMap;
import java.util.Map;
import org.zhijian.catalogue.domain.Limit;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.catalogue.domain.TestItem;

/** The catalogue as the import reads it: products by name or code, items by name, detached from JPA. */
final class ImportCatalogue {

    record Item(long id, String name, Limit limit) {
    }

    record Product(long id, String name, Map<String, Item> items) {
    }

    private final Map<String, Product> byName = new HashMap<>();

    ImportCatalogue(Iterable<ProductCategory> categories) {
        for (ProductCategory c : categories) {
            if (!c.isActive()) {
                continue;
            }
            Map<String, Item> items = new HashMap<>();
            for (TestItem i : c.getItems()) {
                items.put(ImportValues.text(i.getName()), new Item(i.getId(), i.getName(), i.limit()));
            }
            Product p = new Product(c.getId(), c.getName(), items);
            byName.put(ImportValues.text(c.getName()), p);
            byName.put(ImportValues.text(c.getCode()), p);
        }
    }

    Product product(String name) {
        return byName.get(ImportValues.text(name));
    }
}
