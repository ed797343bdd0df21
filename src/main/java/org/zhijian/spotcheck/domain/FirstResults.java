package org.zhijian.spotcheck.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.zhijian.catalogue.domain.Judgement;

/**
 * What recording a batch's first results does to it: the verdict from the
 * items' judgements, the status along {@link BatchTransition}'s table, and when
 * the enterprise must be told of a failure. {@link SamplingBatch#recordResults}
 * and the bulk import both take it from here, so a rule changed here changes both.
 */
public record FirstResults(Judgement verdict, BatchStatus status, LocalDate testedOn, LocalDate stepDueOn) {

    /** The items' judgements (at least one) of a sample tested on {@code testedOn}. */
    public static FirstResults of(Collection<Judgement> judgements, LocalDate testedOn, Deadlines deadlines) {
        Judgement overall = Judgement.overall(judgements);
        if (overall == null) {
            throw new org.zhijian.system.BusinessRuleException("results", "spotcheck.result.none");
        }
        BatchStatus status = BatchTransition.move(BatchStatus.SAMPLED,
                overall == Judgement.PASS ? BatchStatus.PASSED : BatchStatus.FAILED);
        LocalDate due = overall == Judgement.FAIL ? testedOn.plusDays(deadlines.notifyWithinDays()) : null;
        return new FirstResults(overall, status, testedOn, due);
    }

    /** The dated steps of a batch sampled by {@code agency} and then given these results, oldest first. */
    public List<StepLine> steps(LocalDate samplingDate, String agency) {
        return List.of(StepLine.sampled(samplingDate, agency), step(agency));
    }

    StepLine step(String agency) {
        return new StepLine(StepKind.RESULTS_RECORDED, testedOn, stepDueOn, agency);
    }

    /** One step of a batch's history as stored: kind, day, due day and the agency it names. */
    public record StepLine(StepKind kind, LocalDate occurredOn, LocalDate dueOn, String agency) {

        static StepLine sampled(LocalDate samplingDate, String agency) {
            return new StepLine(StepKind.SAMPLED, samplingDate, null, agency);
        }
    }
}
