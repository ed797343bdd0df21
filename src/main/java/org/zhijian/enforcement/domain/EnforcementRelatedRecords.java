package org.zhijian.enforcement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.related.RecordRef;
import org.zhijian.system.related.RelatedRecord;
import org.zhijian.system.related.RelatedRecords;

/** The clue (and the case opened from it) of a batch, hazard, inspection record or risk information, for its page. */
@Component
class EnforcementRelatedRecords implements RelatedRecords {

    private static final Map<String, ClueSource> SOURCES = Map.of("SamplingBatch", ClueSource.SPOT_CHECK,
            "Hazard", ClueSource.HAZARD, "InspectionRecord", ClueSource.INSPECTION,
            "RiskInformation", ClueSource.COMPLAINT);

    private final ClueService clues;
    private final CaseService cases;

    EnforcementRelatedRecords(ClueService clues, CaseService cases) {
        this.clues = clues;
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RelatedRecord> about(RecordRef record) {
        ClueSource source = SOURCES.get(record.type());
        if (source == null) {
            return List.of();
        }
        var today = clues.today();
        List<Clue> found = clues.fromSource(source, record.id());
        List<RelatedRecord> out = new ArrayList<>();
        for (Clue c : found) {
            out.add(new RelatedRecord("enforcement.clue", c.getLabel(), "/enforcement/clues/" + c.getId(),
                    c.getStatus().messageCode(), c.getStatus() == ClueStatus.RECEIVED ? c.getVerifyBy() : null,
                    c.isOverdueOn(today)));
        }
        for (EnforcementCase k : cases.fromClues(found.stream().map(Clue::getId).toList())) {
            out.add(new RelatedRecord("enforcement.case", k.getCaseNumber(), "/enforcement/cases/" + k.getId(),
                    k.getStatus().messageCode(), k.getDueOn(), k.isOverdueOn(today)));
        }
        return out;
    }
}
