package org.zhijian.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.portal.domain.DutyPeriod;
import org.zhijian.portal.domain.OwnRiskPoint;
import org.zhijian.portal.domain.SelfCheck;
import org.zhijian.portal.domain.SelfCheckService;
import org.zhijian.portal.domain.SelfCheckService.BehindEnterprise;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.security.Role;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * Issue 13, point 3: an enterprise starts its risk list from its industry's template, records
 * self-checks and the two regulations' records; the bureau of its district sees when it is behind.
 */
class SelfCheckTests extends PostgresIntegrationTests {

    @Autowired SelfCheckService selfChecks;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    private <T> T as(User u, Supplier<T> work) {
        return fixtures.as(Fixtures.details(u), work);
    }

    @Test
    void anEnterpriseStartsFromItsIndustrysTemplateAndRecordsASelfCheck() {
        User cityAdmin = fixtures.user(Role.ADMIN, null);
        String risk = "压力容器超期未检" + Fixtures.next();
        as(cityAdmin, () -> selfChecks.addTemplate(new SelfCheckService.TemplateDetails(Industry.TOY, risk,
                "按期报检,台账登记", DutyPeriod.MONTHLY)));
        Enterprise e = fixtures.enterprise(fixtures.district().getId(), Industry.TOY);
        User officer = fixtures.enterpriseUser(e);

        assertThat(as(officer, () -> selfChecks.startFromTemplate())).isPositive();
        OwnRiskPoint point = as(officer, () -> selfChecks.overview()).points().stream()
                .filter(p -> p.getName().equals(risk)).findFirst().orElseThrow();
        assertThat(point.getTemplateId()).isNotNull();
        // adopting again takes nothing twice
        assertThat(as(officer, () -> selfChecks.startFromTemplate())).isZero();

        assertThatThrownBy(() -> as(officer, () -> selfChecks.record(new SelfCheckService.SelfCheckDetails(
                point.getId(), null, SelfCheck.Outcome.ISSUE, " ")))).isInstanceOf(BusinessRuleException.class);
        as(officer, () -> selfChecks.record(new SelfCheckService.SelfCheckDetails(point.getId(), null,
                SelfCheck.Outcome.ISSUE, "2 号容器检验到期,已报检")));

        assertThat(as(officer, () -> selfChecks.overview()).recentChecks()).singleElement()
                .satisfies(c -> assertThat(c.findings()).isEqualTo("2 号容器检验到期,已报检"));
        assertThat(jdbc.queryForObject("select recorded_by from portal_self_check where point_id = ?",
                String.class, point.getId())).isEqualTo(officer.getUsername());

        // another enterprise's user cannot check this point
        User stranger = fixtures.enterpriseUser(fixtures.enterprise(e.getDistrictId(), Industry.TOY));
        assertThatThrownBy(() -> as(stranger, () -> selfChecks.record(new SelfCheckService.SelfCheckDetails(
                point.getId(), null, SelfCheck.Outcome.NORMAL, null)))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAndTheReasonBesideItsField() throws Exception {
        Enterprise e = fixtures.enterprise(fixtures.district().getId(), Industry.TOY);
        User officer = fixtures.enterpriseUser(e);
        var as = user(Fixtures.details(officer));
        OwnRiskPoint point = as(officer, () -> selfChecks.addPoint("灭火器压力" + Fixtures.next(), "每月检查压力表",
                DutyPeriod.MONTHLY));
        String tomorrow = selfChecks.today().plusDays(1).toString();

        // a self-check dated tomorrow: refused beside the day, the findings and the day kept
        String page = mvc.perform(post("/portal/self-checks/checks").with(csrf()).with(as)
                        .param("pointId", point.getId().toString()).param("outcome", "ISSUE")
                        .param("checkedOn", tomorrow).param("findings", "东侧灭火器压力不足,已更换"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"checked-on-" + point.getId() + "-error\"", "日期不能晚于今天",
                "value=\"东侧灭火器压力不足,已更换\"", "value=\"" + tomorrow + "\"");
        assertThat(page).containsPattern("value=\"ISSUE\" id=\"issue-" + point.getId() + "\"[^>]*checked");
        // a weekly record with a negative count: refused beside the count, the summary kept
        page = mvc.perform(post("/portal/self-checks/duties").with(csrf()).with(as).param("kind", "WEEKLY")
                        .param("summary", "本周排查三条产线的消防通道").param("issuesFound", "-2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"issues-WEEKLY-error\"", ">本周排查三条产线的消防通道</textarea>",
                "value=\"-2\"");
        // a risk point without a name: refused beside the name, the measure kept
        page = mvc.perform(post("/portal/self-checks/points").with(csrf()).with(as).param("name", " ")
                        .param("controlMeasure", "每周擦拭电机").param("checkFrequency", "WEEKLY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"point-name-error\"", "value=\"每周擦拭电机\"");
        assertThat(jdbc.queryForObject("select count(*) from portal_self_check where point_id = ?", Long.class,
                point.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from portal_duty_record where enterprise_id = ?", Long.class,
                e.getId())).isZero();

        // corrected, it saves
        mvc.perform(post("/portal/self-checks/checks").with(csrf()).with(as).param("pointId", point.getId().toString())
                        .param("outcome", "ISSUE").param("findings", "东侧灭火器压力不足,已更换"))
                .andExpect(redirectedUrl("/portal/self-checks"));
        assertThat(jdbc.queryForObject("select count(*) from portal_self_check where point_id = ?", Long.class,
                point.getId())).isOne();
    }

    @Test
    void aRefusedTemplateLineComesBackAsTyped() throws Exception {
        User cityAdmin = fixtures.user(Role.ADMIN, null);
        String measure = "每季度校准仪表" + Fixtures.next();
        String page = mvc.perform(post("/admin/risk-templates").with(csrf()).with(user(Fixtures.details(cityAdmin)))
                        .param("industry", "TOY").param("name", " ").param("controlMeasure", measure)
                        .param("checkFrequency", "MONTHLY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"name-error\"", "value=\"" + measure + "\"");
        assertThat(page).containsPattern("value=\"TOY\"[^>]*selected")
                .containsPattern("value=\"MONTHLY\"[^>]*selected");
        assertThat(jdbc.queryForObject("select count(*) from portal_risk_template where control_measure = ?",
                Long.class, measure)).isZero();
    }

    @Test
    void theTwoRegulationsRecordsAndTheBehindList() {
        Long district = fixtures.district().getId();
        Enterprise diligent = fixtures.enterprise(district);
        Enterprise late = fixtures.enterprise(district);
        User officer = fixtures.enterpriseUser(diligent);
        fixtures.enterpriseUser(late);
        User head = fixtures.user(Role.HEAD, district);
        User otherHead = fixtures.user(Role.HEAD, fixtures.district().getId());

        var today = selfChecks.today();
        for (DutyPeriod p : DutyPeriod.values()) {
            as(officer, () -> selfChecks.recordDuty(p, p.start(today).minusDays(1), "检查正常", 0));
            as(officer, () -> selfChecks.recordDuty(p, today, "检查正常", 1));
        }
        assertThatThrownBy(() -> as(officer, () -> selfChecks.recordDuty(DutyPeriod.WEEKLY, today, "again", 0)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(as(officer, () -> selfChecks.overview()).duties().get(DutyPeriod.MONTHLY).currentDone()).isTrue();

        var behind = as(head, () -> selfChecks.behind());
        assertThat(behind).extracting(BehindEnterprise::enterpriseId).contains(late.getId())
                .doesNotContain(diligent.getId());
        assertThat(behind).filteredOn(b -> b.enterpriseId().equals(late.getId())).singleElement()
                .satisfies(b -> assertThat(b.missing()).containsExactly(DutyPeriod.values()));
        assertThat(as(otherHead, () -> selfChecks.behind())).extracting(BehindEnterprise::enterpriseId)
                .doesNotContain(late.getId(), diligent.getId());
    }
}
