package org.zhijian.spotcheck.domain;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.catalogue.domain.Judgement;
import org.zhijian.system.jpa.LikePatterns;
import org.zhijian.system.security.Unscoped;

/**
 * Reads published results for the public pages and feed. Runs without a user:
 * it never consults the caller's scope, and it shows only batches that are
 * published and whose verdict is final, whatever the request asks for.
 */
@Service
@Transactional(readOnly = true)
public class AnnouncementService {

    private final SamplingBatchRepository batches;
    private final Clock clock;

    AnnouncementService(SamplingBatchRepository batches, Clock clock) {
        this.batches = batches;
        this.clock = clock;
    }

    public record Search(String enterprise, Long categoryId, LocalDate from, LocalDate to, Judgement verdict) {
    }

    @Unscoped("the public announcements (公告): published results, for anyone")
    public Page<PublicResult> search(Search s, int page, int size) {
        Pageable pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                Sort.by(Sort.Direction.DESC, "publishedAt", "id"));
        LocalDate today = LocalDate.now(clock);
        return batches.findAll(published(s, today), pageable).map(b -> toPublic(b, today));
    }

    private static Specification<SamplingBatch> published(Search s, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(cb.isNotNull(root.get("publishedAt")));
            // only final verdicts, the rule of FinalVerdict, again: publishing checked it, this keeps it so
            p.add(cb.or(cb.isNotNull(root.get("objection").get("retestVerdict")),
                    cb.and(cb.isNull(root.get("objection").get("retestRequestedOn")), cb.or(
                            cb.equal(root.get("verdict"), Judgement.PASS),
                            cb.and(cb.equal(root.get("verdict"), Judgement.FAIL),
                                    cb.lessThan(root.get("objection").get("objectionDeadline"), today))))));
            if (s.enterprise() != null && !s.enterprise().isBlank()) {
                p.add(cb.like(cb.lower(root.get("enterprise").get("name")),
                        LikePatterns.contains(s.enterprise().strip().toLowerCase()), LikePatterns.ESCAPE));
            }
            if (s.categoryId() != null) {
                p.add(cb.equal(root.get("category").get("id"), s.categoryId()));
            }
            if (s.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("samplingDate"), s.from()));
            }
            if (s.to() != null) {
                p.add(cb.lessThanOrEqualTo(root.get("samplingDate"), s.to()));
            }
            if (s.verdict() != null) {
                p.add(cb.equal(root.get("verdict"), s.verdict()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private static PublicResult toPublic(SamplingBatch b, LocalDate today) {
        if (!b.isFinal(today) || b.getPublishedAt() == null) {
            throw new IllegalStateException("not publishable: " + b.getId());
        }
        short round = b.getRetestVerdict() != null ? BatchResult.RETEST : BatchResult.FIRST_TEST;
        List<String> failed = b.resultsOf(round).stream().filter(r -> r.getJudgement() == Judgement.FAIL)
                .map(r -> r.getTestItem().getName()).toList();
        return new PublicResult(b.getId(), b.getFormNumber(), b.getEnterprise().getName(), b.getCategory().getName(),
                b.getCategory().getNameEn(), b.getCategory().getStandard(), b.getBrand(), b.getModelSpec(),
                b.getProductionBatchNo(), b.getSamplingDate(), b.getAgency(), b.getVerdict(), failed,
                b.getPublishedAt());
    }
}
