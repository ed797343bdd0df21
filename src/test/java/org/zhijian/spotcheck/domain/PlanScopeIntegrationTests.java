package org.zhijian.spotcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;

/**
 * Who sees and changes which plan (issue 9, points 1 and 2): a district admin
 * cannot read or overwrite another district's plan, and saving their quota of a
 * joint plan keeps every other district's quota.
 */
class PlanScopeIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    PlanService plans;

    @Autowired
    SpotCheckTestData data;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    District jiaojiang;
    District huangyan;
    District luqiao;
    User jiaojiangAdmin;
    User huangyanAdmin;
    User huangyanHead;
    ProductCategory product;

    @BeforeEach
    void setUp() {
        jiaojiang = fixtures.district();
        huangyan = fixtures.district();
        luqiao = fixtures.district();
        jiaojiangAdmin = fixtures.user(Role.ADMIN, jiaojiang.getId());
        huangyanAdmin = fixtures.user(Role.ADMIN, huangyan.getId());
        huangyanHead = fixtures.user(Role.HEAD, huangyan.getId());
        product = data.woodPanel();
    }

    private PlanDetails details(String code, PlanLevel level, boolean joint, Map<Long, Integer> quotas) {
        return new PlanDetails(code, "计划" + code, 2026, level, joint, null, Set.of(product.getId()), quotas);
    }

    private SpotCheckPlan districtPlanOf(User admin, District d) {
        String code = "QX-" + Fixtures.next();
        return fixtures.as(Fixtures.details(admin), () -> plans.create(details(code, PlanLevel.DISTRICT, false,
                Map.of(d.getId(), 5))));
    }

    private SpotCheckPlan jointPlan() {
        Map<Long, Integer> quotas = new LinkedHashMap<>();
        quotas.put(jiaojiang.getId(), 3);
        quotas.put(huangyan.getId(), 3);
        quotas.put(luqiao.getId(), 4);
        String code = "LD-" + Fixtures.next();
        return fixtures.asSystemAdmin(() -> plans.create(details(code, PlanLevel.DISTRICT, true, quotas)));
    }

    private Map<Long, Integer> quotasOf(Long planId) {
        Map<Long, Integer> q = new java.util.TreeMap<>();
        jdbc.query("select district_id, planned_batches from plan_quota where plan_id = ?",
                rs -> {
                    q.put(rs.getLong(1), rs.getInt(2));
                }, planId);
        return q;
    }

    private int deniedRows(Long planId) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'SpotCheckPlan' "
                + "and entity_id = ? and action = 'ACCESS_DENIED'", Integer.class, planId);
    }

    @Test
    void aDistrictAdminCannotOverwriteAnotherDistrictsPlan() {
        SpotCheckPlan theirs = districtPlanOf(jiaojiangAdmin, jiaojiang);
        PlanDetails hostile = new PlanDetails(theirs.getCode(), "黄岩改的标题", 2026, PlanLevel.DISTRICT, false, null,
                Set.of(product.getId()), Map.of(huangyan.getId(), 1));

        assertThatThrownBy(() -> fixtures.as(Fixtures.details(huangyanAdmin),
                () -> plans.update(theirs.getId(), theirs.getVersion(), hostile)))
                .isInstanceOf(NotFoundException.class);

        SpotCheckPlan after = fixtures.inTransaction(() -> fixtures.asSystemAdmin(() -> plans.get(theirs.getId())));
        assertThat(after.getTitle()).isEqualTo(theirs.getTitle());
        assertThat(after.getVersion()).isEqualTo(theirs.getVersion());
        assertThat(quotasOf(theirs.getId())).containsExactly(Map.entry(jiaojiang.getId(), 5));
        assertThat(deniedRows(theirs.getId())).isEqualTo(1);
    }

    @Test
    void anotherDistrictsPlanIsNeitherListedNorReadable() {
        SpotCheckPlan theirs = districtPlanOf(jiaojiangAdmin, jiaojiang);
        SpotCheckPlan joint = jointPlan();

        var seen = fixtures.inTransaction(() -> fixtures.as(Fixtures.details(huangyanHead),
                () -> plans.list(2026).stream().map(SpotCheckPlan::getId).toList()));
        assertThat(seen).contains(joint.getId()).doesNotContain(theirs.getId());
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(huangyanHead), () -> plans.get(theirs.getId())))
                .isInstanceOf(NotFoundException.class);
        var cityHead = fixtures.user(Role.HEAD, null);
        assertThat(fixtures.inTransaction(() -> fixtures.as(Fixtures.details(cityHead),
                () -> plans.get(theirs.getId()).getCode()))).isEqualTo(theirs.getCode());
    }

    @Test
    void pagesApiAndExportRefuseAnotherDistrictsPlan() throws Exception {
        SpotCheckPlan theirs = districtPlanOf(jiaojiangAdmin, jiaojiang);
        var as = user(Fixtures.details(huangyanAdmin));
        mvc.perform(get("/spotchecks/plans/{id}", theirs.getId()).with(as)).andExpect(status().isNotFound());
        mvc.perform(get("/spotchecks/plans/{id}/edit", theirs.getId()).with(as)).andExpect(status().isNotFound());
        mvc.perform(post("/spotchecks/plans/{id}", theirs.getId()).with(as).with(csrf())
                        .param("code", theirs.getCode()).param("title", "改").param("year", "2026")
                        .param("level", "DISTRICT").param("categoryIds", product.getId().toString())
                        .param("version", String.valueOf(theirs.getVersion())))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/spotchecks/plans/{id}", theirs.getId())
                        .with(httpBasic(huangyanAdmin.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + theirs.getCode() + "\",\"title\":\"改\",\"year\":2026,"
                                + "\"level\":\"DISTRICT\",\"joint\":false,\"categoryIds\":[" + product.getId()
                                + "],\"plannedBatchesByDistrict\":{},\"version\":" + theirs.getVersion() + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/spotchecks/plans/{id}", theirs.getId())
                        .with(httpBasic(huangyanAdmin.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        byte[] xlsx = mvc.perform(get("/spotchecks/plans/export").param("year", "2026").with(as))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cellsOf(xlsx)).isNotEmpty().doesNotContain(theirs.getCode());
        byte[] cityXlsx = mvc.perform(get("/spotchecks/plans/export").param("year", "2026")
                        .with(user(Fixtures.details(fixtures.user(Role.HEAD, null)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cellsOf(cityXlsx)).contains(theirs.getCode());
        assertThat(quotasOf(theirs.getId())).containsExactly(Map.entry(jiaojiang.getId(), 5));
        assertThat(fixtures.inTransaction(() -> fixtures.asSystemAdmin(() -> plans.get(theirs.getId())))
                .getTitle()).isEqualTo(theirs.getTitle());
    }

    private static java.util.List<String> cellsOf(byte[] xlsx) throws java.io.IOException {
        java.util.List<String> cells = new java.util.ArrayList<>();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            wb.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        }
        return cells;
    }

    @Test
    void savingTheOwnQuotaOfAJointPlanKeepsEveryOtherDistrictsQuota() {
        SpotCheckPlan joint = jointPlan();
        // What the district admin's form holds: the heading unchanged, and only their own quota
        PlanDetails form = details(joint.getCode(), PlanLevel.DISTRICT, true, Map.of(huangyan.getId(), 6));
        fixtures.as(Fixtures.details(huangyanAdmin), () -> plans.update(joint.getId(), joint.getVersion(), form));

        assertThat(quotasOf(joint.getId())).containsExactly(Map.entry(jiaojiang.getId(), 3),
                Map.entry(huangyan.getId(), 6), Map.entry(luqiao.getId(), 4));
    }

    @Test
    void aDistrictAdminChangesNothingButTheirQuotaOnAJointPlan() {
        SpotCheckPlan joint = jointPlan();
        PlanDetails retitled = new PlanDetails(joint.getCode(), "黄岩改的标题", 2026, PlanLevel.DISTRICT, true, null,
                Set.of(product.getId()), Map.of(huangyan.getId(), 3));
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(huangyanAdmin),
                () -> plans.update(joint.getId(), joint.getVersion(), retitled)))
                .isInstanceOf(BusinessRuleException.class);
        PlanDetails othersQuota = details(joint.getCode(), PlanLevel.DISTRICT, true, Map.of(luqiao.getId(), 0));
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(huangyanAdmin),
                () -> plans.update(joint.getId(), joint.getVersion(), othersQuota)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(quotasOf(joint.getId())).containsEntry(luqiao.getId(), 4).hasSize(3);
    }

    @Test
    void aDistrictAdminEditsTheirOwnPlanAndACityAdminEditsAnyQuota() {
        SpotCheckPlan own = districtPlanOf(huangyanAdmin, huangyan);
        PlanDetails retitled = new PlanDetails(own.getCode(), "新标题", 2026, PlanLevel.DISTRICT, false, null,
                Set.of(product.getId()), Map.of(huangyan.getId(), 8));
        fixtures.as(Fixtures.details(huangyanAdmin), () -> plans.update(own.getId(), own.getVersion(), retitled));
        assertThat(quotasOf(own.getId())).containsExactly(Map.entry(huangyan.getId(), 8));

        SpotCheckPlan joint = jointPlan();
        fixtures.asSystemAdmin(() -> plans.update(joint.getId(), joint.getVersion(),
                details(joint.getCode(), PlanLevel.DISTRICT, true, Map.of(luqiao.getId(), 2))));
        assertThat(quotasOf(joint.getId())).containsExactly(Map.entry(luqiao.getId(), 2));
    }

    @Test
    void headsAndInspectorsDoNotEditPlans() {
        SpotCheckPlan own = districtPlanOf(huangyanAdmin, huangyan);
        PlanDetails same = details(own.getCode(), PlanLevel.DISTRICT, false, Map.of(huangyan.getId(), 1));
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(huangyanHead),
                () -> plans.update(own.getId(), own.getVersion(), same)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
