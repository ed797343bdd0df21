package org.zhijian.riskpoint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.NotFoundException;

class RiskPointServiceIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    RiskPointService points;

    @Autowired
    RiskBandService bands;

    District district;
    Enterprise enterprise;
    User inspector;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId());
        inspector = fixtures.user(Role.INSPECTOR, district.getId());
    }

    @AfterEach
    void restoreDefaultBands() {
        fixtures.asSystemAdmin(() -> bands.change(RiskMethod.LS, GradingBands.defaults(RiskMethod.LS).thresholds()));
    }

    private RiskPointDetails details(Assessment a) {
        return new RiskPointDetails(enterprise.getId(), null, PlaceKind.EQUIPMENT, "挤塑机", "高温烫伤",
                "设置防护罩", "王建国", a);
    }

    @Test
    void recordingGradesThePointAndKeepsTheAssessment() {
        RiskPoint p = fixtures.as(Fixtures.details(inspector), () -> points.record(details(Assessment.ls(4, 4))));

        assertThat(p.getGrade()).isEqualTo(RiskGrade.SIGNIFICANT);
        List<RiskAssessment> history = fixtures.as(Fixtures.details(inspector), () -> points.assessmentsOf(p.getId()));
        assertThat(history).singleElement().extracting(RiskAssessment::getGrade).isEqualTo(RiskGrade.SIGNIFICANT);
    }

    @Test
    void reassessingAddsToTheHistoryWithoutOverwriting() {
        RiskPoint p = fixtures.as(Fixtures.details(inspector), () -> points.record(details(Assessment.ls(2, 2))));
        fixtures.as(Fixtures.details(inspector), () -> points.update(p.getId(), p.getVersion(),
                details(Assessment.lec("3", "6", "15"))));

        List<RiskAssessment> history = fixtures.as(Fixtures.details(inspector), () -> points.assessmentsOf(p.getId()));
        assertThat(history).extracting(RiskAssessment::getGrade).containsExactly(RiskGrade.SIGNIFICANT, RiskGrade.LOW);
        assertThat(history).extracting(RiskAssessment::getMethod).containsExactly(RiskMethod.LEC, RiskMethod.LS);
    }

    @Test
    void changingTheBandsRegradesThePointsAndRecordsIt() {
        RiskPoint p = fixtures.as(Fixtures.details(inspector), () -> points.record(details(Assessment.ls(3, 4))));
        assertThat(p.getGrade()).isEqualTo(RiskGrade.GENERAL);

        fixtures.asSystemAdmin(() -> bands.change(RiskMethod.LS, List.of(
                GradingBands.t(RiskGrade.MAJOR, "20", true), GradingBands.t(RiskGrade.SIGNIFICANT, "12", true),
                GradingBands.t(RiskGrade.GENERAL, "6", true), GradingBands.t(RiskGrade.LOW, "0", false))));

        RiskPoint after = fixtures.as(Fixtures.details(inspector), () -> points.get(p.getId()));
        assertThat(after.getGrade()).isEqualTo(RiskGrade.SIGNIFICANT);
        List<RiskAssessment> history = fixtures.as(Fixtures.details(inspector), () -> points.assessmentsOf(p.getId()));
        assertThat(history).extracting(RiskAssessment::getKind)
                .containsExactly(RiskAssessment.Kind.REGRADED, RiskAssessment.Kind.ASSESSED);
    }

    @Test
    void theDistrictRiskListFiltersByGradeAndHidesOtherDistricts() {
        fixtures.as(Fixtures.details(inspector), () -> points.record(details(Assessment.ls(5, 5))));
        fixtures.as(Fixtures.details(inspector), () -> points.record(details(Assessment.ls(1, 2))));
        var red = fixtures.as(Fixtures.details(inspector), () -> points.search(
                new RiskPointQuery(null, enterprise.getId(), RiskGrade.MAJOR, null), Pageable.unpaged()));
        assertThat(red.getContent()).extracting(RiskPoint::getGrade).containsOnly(RiskGrade.MAJOR).hasSize(1);

        User stranger = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        var hidden = fixtures.as(Fixtures.details(stranger), () -> points.search(
                new RiskPointQuery(district.getId(), enterprise.getId(), null, null), Pageable.unpaged()));
        assertThat(hidden.getContent()).isEmpty();
        Long id = red.getContent().get(0).getId();
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(stranger), () -> points.get(id)))
                .isInstanceOf(NotFoundException.class);
    }
}
