package org.zhijian.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;

class DrawServiceIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    DrawService draws;

    @Autowired
    MockMvc mvc;

    District district;
    List<Enterprise> enterprises = new ArrayList<>();
    List<User> inspectors = new ArrayList<>();
    User head;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        for (int i = 0; i < 6; i++) {
            enterprises.add(fixtures.enterprise(district.getId()));
        }
        for (int i = 0; i < 3; i++) {
            inspectors.add(fixtures.user(Role.INSPECTOR, district.getId()));
        }
        head = fixtures.user(Role.HEAD, district.getId());
    }

    private RandomDraw draw(long seed) {
        return fixtures.as(Fixtures.details(head), () -> draws.draw(new DrawRequest("抽查", null, null, null, null, 6, 2,
                seed)));
    }

    @Test
    void aDrawIsReproducibleFromItsSeedAndAvoidsConflicts() {
        User conflicted = inspectors.get(0);
        for (Enterprise e : enterprises) {
            fixtures.as(Fixtures.details(head), () -> draws.recordConflict(conflicted.getId(), e.getId(), "亲属关系"));
        }
        RandomDraw d = draw(123456789L);

        assertThat(d.getDistrictId()).as("a district head draws in their district").isEqualTo(district.getId());
        var view = fixtures.as(Fixtures.details(head), () -> draws.view(d.getId()));
        assertThat(view.entries()).hasSize(6);
        assertThat(view.entries()).allSatisfy(e -> assertThat(e.inspectors()).hasSize(2)
                .doesNotContain(conflicted.getId()));
        assertThat(fixtures.as(Fixtures.details(head), () -> draws.reproducesOriginal(d.getId()))).isTrue();
        RandomDraw again = draw(123456789L);
        assertThat(again.getOriginalResult()).isEqualTo(d.getOriginalResult());
    }

    @Test
    void tooFewInspectorsWithoutConflictIsRefused() {
        fixtures.as(Fixtures.details(head), () -> draws.recordConflict(inspectors.get(0).getId(),
                enterprises.get(0).getId(), "曾在该企业任职"));
        fixtures.as(Fixtures.details(head), () -> draws.recordConflict(inspectors.get(1).getId(),
                enterprises.get(0).getId(), "亲属关系"));
        assertThatThrownBy(() -> draw(1L)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aManualChangeIsKeptWithWhoAndWhyAndPublishingMakesItPublic() throws Exception {
        RandomDraw d = draw(99L);
        var view = fixtures.as(Fixtures.details(head), () -> draws.view(d.getId()));
        DrawEntry entry = view.entries().get(0);
        Long out = entry.inspectors().get(0);
        Long in = inspectors.stream().map(User::getId).filter(id -> !entry.inspectors().contains(id)).findFirst()
                .orElseThrow();
        fixtures.as(Fixtures.details(head), () -> draws.replaceInspector(d.getId(), entry.getId(), out, in, "出差"));

        var changed = fixtures.as(Fixtures.details(head), () -> draws.view(d.getId()));
        assertThat(changed.entries().get(0).inspectors()).contains(in).doesNotContain(out);
        // in the place of the one replaced, the others in draw order
        assertThat(changed.entries().get(0).inspectors()).containsExactlyElementsOf(
                entry.inspectors().stream().map(id -> id.equals(out) ? in : id).toList());
        assertThat(changed.changes()).singleElement().satisfies(c -> {
            assertThat(c.getActor()).isEqualTo(head.getUsername());
            assertThat(c.getReason()).isEqualTo("出差");
        });
        assertThat(fixtures.as(Fixtures.details(head), () -> draws.reproducesOriginal(d.getId())))
                .as("the seed still reproduces the original draw").isTrue();

        mvc.perform(get("/draws/{id}", d.getId()).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(Fixtures.details(head))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"publish-by\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("出差")));
        mvc.perform(get("/public/draws/{id}", d.getId())).andExpect(status().isNotFound());
        fixtures.as(Fixtures.details(head), () -> draws.publish(d.getId()));
        mvc.perform(get("/public/draws/{id}", d.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(entry.getEnterprise().getName())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("出差")));
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(head), () -> draws.replaceInspector(d.getId(),
                entry.getId(), in, out, "再改"))).isInstanceOf(BusinessRuleException.class);
    }
}
