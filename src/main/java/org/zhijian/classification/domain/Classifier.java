package org.zhijian.classification.domain;

import java.util.ArrayList;
import java.util.List;
import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.licence.domain.LicenceStatus;

/**
 * Computes an enterprise's supervision class (分类监管) — the one place it is computed. Each factor
 * gives points (capped per factor); the sum places the enterprise in A, B, C or D by the configured
 * thresholds. Every factor can only raise the score, so more risk never gives a better class.
 */
public final class Classifier {

    private final ClassificationRules rules;

    public Classifier(ClassificationRules rules) {
        this.rules = rules;
    }

    public Classification classify(ClassificationInputs in) {
        List<Classification.Factor> factors = new ArrayList<>();
        factors.add(new Classification.Factor("productRisk", in.productRisk().name(), "productRisk",
                List.of(rules.productRiskPoints(RiskClass.HIGH), rules.productRiskPoints(RiskClass.MEDIUM),
                        rules.productRiskPoints(RiskClass.LOW)),
                rules.productRiskPoints(in.productRisk())));
        factors.add(new Classification.Factor("spotCheckFailures", String.valueOf(in.spotCheckFailures()),
                "perItemCapped", List.of(rules.getSpotCheckFailurePoints(), rules.getSpotCheckFailureCap()),
                capped(in.spotCheckFailures(), rules.getSpotCheckFailurePoints(), rules.getSpotCheckFailureCap())));
        int hazardPoints = (int) Math.min(rules.getHazardCap(),
                in.openMajorHazards() * rules.getMajorHazardPoints()
                        + in.openGeneralHazards() * rules.getGeneralHazardPoints());
        factors.add(new Classification.Factor("openHazards",
                in.openMajorHazards() + " / " + in.openGeneralHazards(), "hazards",
                List.of(rules.getMajorHazardPoints(), rules.getGeneralHazardPoints(), rules.getHazardCap()),
                hazardPoints));
        LicenceStatus licence = in.licenceStatus();
        factors.add(new Classification.Factor("licenceStatus", licence == null ? "" : licence.name(), "licence",
                List.of(), rules.licencePoints(licence)));
        factors.add(new Classification.Factor("complaints", String.valueOf(in.complaints()), "perItemCapped",
                List.of(rules.getComplaintPoints(), rules.getComplaintCap()),
                capped(in.complaints(), rules.getComplaintPoints(), rules.getComplaintCap())));
        factors.add(new Classification.Factor("violations", String.valueOf(in.violations()), "perItemCapped",
                List.of(rules.getViolationPoints(), rules.getViolationCap()),
                capped(in.violations(), rules.getViolationPoints(), rules.getViolationCap())));
        // a listed enterprise is supervised hardest whatever its other factors: its points reach class D
        int others = factors.stream().mapToInt(Classification.Factor::points).sum();
        int dFrom = rules.getClassFrom().getOrDefault(SupervisionClass.D, 0);
        factors.add(new Classification.Factor("creditListing", String.valueOf(in.listed()), "listedIsD",
                List.of(), in.listed() ? Math.max(0, dFrom - others) : 0));
        int score = factors.stream().mapToInt(Classification.Factor::points).sum();
        SupervisionClass c = in.listed() ? SupervisionClass.D : classFor(score);
        return new Classification(c, score, List.copyOf(factors));
    }

    SupervisionClass classFor(int score) {
        SupervisionClass result = SupervisionClass.A;
        for (SupervisionClass c : SupervisionClass.values()) {
            Integer from = rules.getClassFrom().get(c);
            if (from != null && score >= from) {
                result = c;
            }
        }
        return result;
    }

    private static int capped(long count, int each, int cap) {
        return (int) Math.min(cap, Math.max(0, count) * each);
    }
}
