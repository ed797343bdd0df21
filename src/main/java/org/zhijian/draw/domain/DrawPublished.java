package org.zhijian.draw.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A draw was published (公示): its entries are now the inspections to make. The inspection module
 * listens and makes one task per entry, with the drawn inspectors as its officers.
 *
 * <p>Delivery: in-process and synchronous, inside the publisher's transaction (see docs/events.md).
 */
public record DrawPublished(Long drawId, String title, LocalDate publishedOn, List<Entry> entries) {

    public DrawPublished {
        entries = List.copyOf(entries);
    }

    /** One drawn enterprise and its drawn inspectors, in draw order. */
    public record Entry(Long enterpriseId, List<Long> inspectorIds) {

        public Entry {
            inspectorIds = List.copyOf(inspectorIds);
        }
    }
}
