package org.zhijian.credit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.system.related.RecordRef;
import org.zhijian.system.related.RelatedRecord;
import org.zhijian.system.related.RelatedRecords;

/**
 * The enterprise page's credit panel: its credit record and its listings, for the enterprise module,
 * which sits below credit and cannot ask it directly.
 */
@Component
class CreditRelatedRecords implements RelatedRecords {

    private final CreditService credit;
    private final ListingService listings;

    CreditRelatedRecords(CreditService credit, ListingService listings) {
        this.credit = credit;
        this.listings = listings;
    }

    @Override
    public List<RelatedRecord> about(RecordRef record) {
        if (!EnterpriseService.ENTITY.equals(record.type())) {
            return List.of();
        }
        List<RelatedRecord> lines = new ArrayList<>();
        int count = credit.recordOf(record.id()).size();
        lines.add(new RelatedRecord("credit.record.title", String.valueOf(count),
                "/credit/enterprises/" + record.id(), null, null, false));
        LocalDate today = listings.today();
        for (Listing l : listings.ofEnterprise(record.id())) {
            LocalDate due = listings.terms().dueOn(l);
            String title = l.getDecisionNumber() != null ? l.getDecisionNumber() : l.getReason();
            lines.add(new RelatedRecord("credit.listing.kind", title, "/credit/listings/" + l.getId(),
                    l.getStatus().messageCode(), due, listings.terms().overdue(l, today)));
        }
        return lines;
    }
}
