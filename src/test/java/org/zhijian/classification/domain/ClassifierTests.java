package org.zhijian.classification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.licence.domain.LicenceStatus;

class ClassifierTests {

    private final ClassificationRules rules = new ClassificationRules();
    private final Classifier classifier = new Classifier(rules);

    private static ClassificationInputs clean() {
        return new ClassificationInputs(RiskClass.LOW, 0, 0, 0, LicenceStatus.VALID, 0, 0);
    }

    private Classification classify(ClassificationInputs in) {
        return classifier.classify(in);
    }

    @Test
    void everyClassIsReachable() {
        assertThat(classify(clean()).supervisionClass()).isEqualTo(SupervisionClass.A);
        assertThat(classify(new ClassificationInputs(RiskClass.HIGH, 0, 0, 0, LicenceStatus.VALID, 0, 0))
                .supervisionClass()).isEqualTo(SupervisionClass.B);
        assertThat(classify(new ClassificationInputs(RiskClass.HIGH, 1, 0, 0, LicenceStatus.VALID, 0, 0))
                .supervisionClass()).isEqualTo(SupervisionClass.C);
        assertThat(classify(new ClassificationInputs(RiskClass.HIGH, 2, 1, 0, LicenceStatus.SUSPENDED, 1, 1))
                .supervisionClass()).isEqualTo(SupervisionClass.D);
    }

    @Test
    void theScoreIsTheSumOfTheFactorPointsAndAllSevenFactorsAreListed() {
        Classification c = classify(new ClassificationInputs(RiskClass.MEDIUM, 1, 1, 2, LicenceStatus.EXPIRED, 1, 0));
        assertThat(c.factors()).extracting(Classification.Factor::key).containsExactly("productRisk",
                "spotCheckFailures", "openHazards", "licenceStatus", "complaints", "violations", "creditListing");
        assertThat(c.factors()).extracting(Classification.Factor::points).containsExactly(15, 15, 30, 15, 5, 0, 0);
        assertThat(c.score()).isEqualTo(80);
    }

    @Test
    void aListedEnterpriseIsClassDWithTheListingShownAsAFactor() {
        Classification c = classify(new ClassificationInputs(RiskClass.LOW, 0, 0, 0, LicenceStatus.VALID, 0, 0, true));
        assertThat(c.supervisionClass()).isEqualTo(SupervisionClass.D);
        assertThat(c.factors()).filteredOn(f -> f.key().equals("creditListing"))
                .singleElement().satisfies(f -> {
                    assertThat(f.value()).isEqualTo("true");
                    assertThat(f.points()).isEqualTo(60);
                });
        assertThat(c.score()).isEqualTo(60);
        Classification risky = classify(new ClassificationInputs(RiskClass.HIGH, 3, 2, 0, LicenceStatus.REVOKED, 4, 2,
                true));
        assertThat(risky.supervisionClass()).isEqualTo(SupervisionClass.D);
        assertThat(risky.factors()).filteredOn(f -> f.key().equals("creditListing"))
                .extracting(Classification.Factor::points).containsExactly(0);
    }

    @Test
    void eachFactorMovesTheScoreUpAndNeverToABetterClass() {
        Classification base = classify(clean());
        ClassificationInputs[] worse = {
                new ClassificationInputs(RiskClass.MEDIUM, 0, 0, 0, LicenceStatus.VALID, 0, 0),
                new ClassificationInputs(RiskClass.LOW, 1, 0, 0, LicenceStatus.VALID, 0, 0),
                new ClassificationInputs(RiskClass.LOW, 0, 1, 0, LicenceStatus.VALID, 0, 0),
                new ClassificationInputs(RiskClass.LOW, 0, 0, 1, LicenceStatus.VALID, 0, 0),
                new ClassificationInputs(RiskClass.LOW, 0, 0, 0, LicenceStatus.SUSPENDED, 0, 0),
                new ClassificationInputs(RiskClass.LOW, 0, 0, 0, LicenceStatus.REVOKED, 0, 0),
                new ClassificationInputs(RiskClass.LOW, 0, 0, 0, LicenceStatus.VALID, 1, 0),
                new ClassificationInputs(RiskClass.LOW, 0, 0, 0, LicenceStatus.VALID, 0, 1),
                new ClassificationInputs(RiskClass.LOW, 0, 0, 0, LicenceStatus.VALID, 0, 0, true),
        };
        for (ClassificationInputs in : worse) {
            Classification c = classify(in);
            assertThat(c.score()).as(in.toString()).isGreaterThan(base.score());
            assertThat(c.supervisionClass()).as(in.toString()).isGreaterThanOrEqualTo(base.supervisionClass());
        }
    }

    @Test
    void aMajorHazardWeighsMoreThanAGeneralOne() {
        int major = classify(new ClassificationInputs(RiskClass.LOW, 0, 1, 0, LicenceStatus.VALID, 0, 0)).score();
        int general = classify(new ClassificationInputs(RiskClass.LOW, 0, 0, 1, LicenceStatus.VALID, 0, 0)).score();
        assertThat(major).isGreaterThan(general);
    }

    @Test
    void factorsAreCapped() {
        Classification c = classify(new ClassificationInputs(RiskClass.LOW, 10, 10, 0, LicenceStatus.VALID, 10, 10));
        assertThat(c.factors()).extracting(Classification.Factor::points).containsExactly(0, 45, 40, 0, 20, 30, 0);
    }

    @Test
    void closingHazardsImprovesTheClass() {
        var open = new ClassificationInputs(RiskClass.HIGH, 0, 1, 0, LicenceStatus.VALID, 0, 0);
        var closed = new ClassificationInputs(RiskClass.HIGH, 0, 0, 0, LicenceStatus.VALID, 0, 0);
        assertThat(classify(open).supervisionClass()).isEqualTo(SupervisionClass.C);
        assertThat(classify(closed).supervisionClass()).isEqualTo(SupervisionClass.B);
    }

    @Test
    void thresholdsAndWeightsAreConfigurable() {
        ClassificationRules strict = new ClassificationRules();
        strict.setClassFrom(Map.of(SupervisionClass.B, 5, SupervisionClass.C, 10, SupervisionClass.D, 15));
        strict.setComplaintPoints(12);
        var oneComplaint = new ClassificationInputs(RiskClass.LOW, 0, 0, 0, LicenceStatus.VALID, 1, 0);
        assertThat(new Classifier(strict).classify(oneComplaint).supervisionClass()).isEqualTo(SupervisionClass.C);
        assertThat(classify(oneComplaint).supervisionClass()).isEqualTo(SupervisionClass.A);
    }

    @Test
    void inspectionFrequencyFollowsTheClass() {
        assertThat(rules.monthsBetweenInspections(SupervisionClass.A)).isEqualTo(24);
        assertThat(rules.monthsBetweenInspections(SupervisionClass.B)).isEqualTo(12);
        assertThat(rules.monthsBetweenInspections(SupervisionClass.C)).isEqualTo(6);
        assertThat(rules.monthsBetweenInspections(SupervisionClass.D)).isEqualTo(3);
    }
}
