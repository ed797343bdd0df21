package org.zhijian.classification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PostProcessingAction;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.StepCommand;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/** The class follows the spot-check record and the catalogue's product risk, not placeholders. */
class ClassificationFromSpotChecksIntegrationTests extends PostgresIntegrationTests {

    /** The application's clock, in the bureau's zone: the suite runs with the JVM in UTC. */
    @Autowired
    Clock clock;

    @Autowired
    ClassificationService classification;

    @Autowired
    BatchService batches;

    @Autowired
    SpotCheckTestData data;

    Enterprise enterprise;
    ProductCategory woodPanel;
    User inspector;
    User second;
    User admin;

    @BeforeEach
    void setUp() {
        Long district = fixtures.district().getId();
        enterprise = fixtures.enterprise(district, Industry.WOOD_PANEL);
        fixtures.licence(enterprise, LocalDate.now(clock).minusYears(1));
        woodPanel = data.woodPanel();
        inspector = fixtures.user(Role.INSPECTOR, district);
        second = fixtures.user(Role.INSPECTOR, district);
        admin = fixtures.user(Role.ADMIN, district);
    }

    private <T> T asInspector(Supplier<T> work) {
        return fixtures.as(Fixtures.details(inspector), work);
    }

    private Classification.Factor factor(String key) {
        EnterpriseClass c = fixtures.as(Fixtures.details(admin), () -> classification.get(enterprise.getId()));
        return classification.factorsOf(c).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void productRiskComesFromTheCatalogue() {
        classification.recompute(enterprise.getId());
        // the configured industry list says MEDIUM for wood panels; the catalogue's category says HIGH
        assertThat(factor("productRisk").value()).isEqualTo("HIGH");
    }

    @Test
    void aFinalFailureCountsOnceTheObjectionWindowHasClosed() {
        LocalDate today = batches.today();
        LocalDate sampled = today.minusDays(60);
        SamplingBatch failed = asInspector(() -> batches.record(
                data.sampling(enterprise, woodPanel, inspector, second, sampled), sampled.plusDays(10), "BG1",
                data.results(woodPanel, "0.3")));
        assertThat(factor("spotCheckFailures").value()).as("failed but not yet final").isEqualTo("0");

        SamplingBatch current = asInspector(() -> batches.get(failed.getId()));
        asInspector(() -> batches.advance(failed.getId(), current.getVersion(), new StepCommand(
                PostProcessingAction.NOTIFY, sampled.plusDays(15), null, null, null, null)));

        // notified 45 days ago: the 15-day window has closed with no re-test, so the failure is final
        assertThat(factor("spotCheckFailures").value()).isEqualTo("1");
        assertThat(factor("spotCheckFailures").points()).isPositive();
    }
}
