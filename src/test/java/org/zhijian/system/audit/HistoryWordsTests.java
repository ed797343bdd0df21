package org.zhijian.system.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * The change history says what changed in the reader's words: district and user names rather
 * than ids, labels rather than enum codes, 是/否 rather than true/false, and each record type's own
 * field labels (a hazard's level is 隐患等级, a plan's 抽查级别, a district's code 行政区划代码).
 */
class HistoryWordsTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theEnterpriseHistoryShowsDistrictNamesAndStatusLabels() throws Exception {
        District from = fixtures.district();
        District to = fixtures.district();
        Enterprise e = fixtures.enterprise(from.getId());
        User admin = fixtures.user(Role.ADMIN, null);
        fixtures.as(Fixtures.details(admin), () -> fixtures.inTransaction(() -> {
            audit.record("Enterprise", e.getId(), "UPDATE", from.getId(),
                    Map.of("districtId", from.getId(), "status", "ACTIVE"),
                    Map.of("districtId", to.getId(), "status", "SUSPENDED"));
            return null;
        }));

        String html = mvc.perform(get("/enterprises/" + e.getId()).param("lang", "zh_CN")
                .with(user(Fixtures.details(admin)))).andReturn().getResponse().getContentAsString();
        String history = html.substring(html.indexOf("id=\"audit-history\""));
        assertThat(history).contains("所属区县", from.getNameZh(), to.getNameZh(), "在业", "停业",
                        ">" + admin.getDisplayName() + "<")
                .doesNotContain(">" + to.getId() + "<", "ACTIVE", "SUSPENDED");
    }

    @Test
    void eachRecordTypeHasItsOwnLabelsAndValuesReadAsWords() {
        District district = fixtures.district();
        User a = fixtures.user(Role.INSPECTOR, district.getId());
        User b = fixtures.user(Role.INSPECTOR, district.getId());
        User admin = fixtures.user(Role.ADMIN, null);
        long id = Fixtures.next() + 1_000_000L;
        record("SamplingBatch", id, "UPDATE",
                Map.of("samplerIds", "[" + a.getId() + ", " + b.getId() + "]", "published", false, "level", "CITY"),
                Map.of("samplerIds", "[" + a.getId() + "]", "published", true, "level", "DISTRICT"));
        record("Hazard", id, "UPDATE", Map.of("level", "GENERAL"), Map.of("level", "MAJOR"));
        record("District", id, "UPDATE", Map.of("code", "331001"), Map.of("code", "331002"));
        record("SpotCheckPlan", id, "UPDATE", Map.of("code", "P1", "quotas", "{" + district.getId() + "=50}"),
                Map.of("code", "P2", "quotas", "{" + district.getId() + "=60}"));
        record("RandomDraw", id, "PUBLISH", Map.of("status", "DRAFT"), Map.of("status", "PUBLISHED"));

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        var batch = changes("SamplingBatch", id, admin);
        assertThat(batch.get("抽样人员")).containsExactly(a.getDisplayName() + "、" + b.getDisplayName(),
                a.getDisplayName());
        assertThat(batch.get("已公告")).containsExactly("否", "是");
        assertThat(batch.get("抽查级别")).containsExactly("市级监督抽查", "区(县)级监督抽查");
        assertThat(changes("Hazard", id, admin).get("隐患等级")).containsExactly("一般隐患", "重大隐患");
        assertThat(changes("District", id, admin)).containsKey("行政区划代码");
        var plan = changes("SpotCheckPlan", id, admin);
        assertThat(plan).containsKey("代码").doesNotContainKey("行政区划代码");
        assertThat(plan.get("各区县计划批次")).containsExactly(district.getNameZh() + " 50", district.getNameZh() + " 60");
        var draw = fixtures.as(Fixtures.details(admin), () -> audit.historyOf("RandomDraw", id)).get(0);
        var batchAction = fixtures.as(Fixtures.details(admin), () -> audit.historyOf("SamplingBatch", id)).get(0);
        assertThat(draw.actionLabel()).isEqualTo("公开");
        assertThat(draw.actor()).as("recorded by the fixture's admin, who has no account").isEqualTo("fixture-admin");
        assertThat(batchAction.actionLabel()).isEqualTo("修改");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        var english = changes("SamplingBatch", id, admin);
        assertThat(english.get("Published")).containsExactly("No", "Yes");
        assertThat(changes("SpotCheckPlan", id, admin).get("Planned batches per district"))
                .containsExactly(district.getNameEn() + " 50", district.getNameEn() + " 60");
    }

    private void record(String type, long id, String action, Map<String, Object> before, Map<String, Object> after) {
        fixtures.asSystemAdmin(() -> fixtures.inTransaction(() -> {
            audit.record(type, id, action, null, before, after);
            return null;
        }));
    }

    /** Label -> [before, after] of the newest entry. */
    private Map<String, List<String>> changes(String type, long id, User as) {
        var entry = fixtures.as(Fixtures.details(as), () -> audit.historyOf(type, id)).get(0);
        Map<String, List<String>> out = new LinkedHashMap<>();
        entry.changes().forEach(c -> out.put(c.label(), List.of(String.valueOf(c.before()),
                String.valueOf(c.after()))));
        return out;
    }
}
