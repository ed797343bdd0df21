package org.zhijian.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * The user edit page as a browser uses it: the test reads the fields the page
 * renders and posts exactly those back, so a field rendered twice (or missing)
 * breaks the save here as it does in a browser.
 */
class UserAdminPagesTests extends PostgresIntegrationTests {

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option([^>]*)>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Long district;
    User cityAdmin;
    User inspector;

    @BeforeEach
    void setUp() {
        district = fixtures.district().getId();
        cityAdmin = fixtures.user(Role.ADMIN, null);
        inspector = fixtures.user(Role.INSPECTOR, district);
    }

    @Test
    void theRenderedFormSavesAsItIsAndAgainWithARoleDistrictAndStatusChange() throws Exception {
        MultiValueMap<String, String> form = openForm(cityAdmin, inspector);
        assertThat(form.get("username")).as("username is posted once").containsExactly(inspector.getUsername());
        assertThat(form).doesNotContainKey("password");
        save(cityAdmin, inspector, form).andExpect(redirectedUrl("/admin/users"));

        Long other = fixtures.district().getId();
        form = openForm(cityAdmin, inspector);
        form.set("role", "HEAD");
        form.set("districtId", String.valueOf(other));
        form.remove("enabled"); // the unticked checkbox: the browser sends only _enabled
        save(cityAdmin, inspector, form).andExpect(redirectedUrl("/admin/users"));

        assertThat(jdbc.queryForMap("select role, district_id, enabled from app_user where id = ?", inspector.getId()))
                .containsEntry("role", "HEAD").containsEntry("district_id", other).containsEntry("enabled", false);
        String after = jdbc.queryForObject("select after_state from audit_event where entity_type = 'User' and "
                + "entity_id = ? and action = 'UPDATE' order by id desc limit 1", String.class, inspector.getId());
        String before = jdbc.queryForObject("select before_state from audit_event where entity_type = 'User' and "
                + "entity_id = ? and action = 'UPDATE' order by id desc limit 1", String.class, inspector.getId());
        assertThat(before).contains("\"role\":\"INSPECTOR\"", "\"enabled\":true");
        assertThat(after).contains("\"role\":\"HEAD\"", "\"enabled\":false", "\"districtId\":" + other);

        form = openForm(cityAdmin, inspector);
        form.set("enabled", "true");
        save(cityAdmin, inspector, form).andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, inspector.getId()))
                .isTrue();
    }

    @Test
    void aFailedLoginOfTheUserDoesNotMakeTheAdminsOpenFormStale() throws Exception {
        MultiValueMap<String, String> form = openForm(cityAdmin, inspector);
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, inspector.getId());
        mvc.perform(formLogin("/login").user(inspector.getUsername()).password("wrong-password-1"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select failed_attempts from app_user where id = ?", Integer.class,
                inspector.getId())).isOne();
        assertThat(jdbc.queryForObject("select version from app_user where id = ?", Long.class, inspector.getId()))
                .isEqualTo(version);

        form.set("displayName", "改过的名字");
        save(cityAdmin, inspector, form).andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class,
                inspector.getId())).isEqualTo("改过的名字");
        assertThat(jdbc.queryForObject("select failed_attempts from app_user where id = ?", Integer.class,
                inspector.getId())).as("the admin's save keeps the count").isOne();
    }

    @Test
    void aStaleFormIsRefusedWithTheNewerValues() throws Exception {
        MultiValueMap<String, String> first = openForm(cityAdmin, inspector);
        MultiValueMap<String, String> second = openForm(cityAdmin, inspector);
        first.set("displayName", "先保存的人");
        save(cityAdmin, inspector, first).andExpect(redirectedUrl("/admin/users"));
        second.set("displayName", "后保存的人");
        save(cityAdmin, inspector, second)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("先保存的人")));
        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class,
                inspector.getId())).isEqualTo("先保存的人");
    }

    @Test
    void aDistrictAdminManagesOnlyTheirDistrictAndCannotRaiseAnyoneToCityLevel() throws Exception {
        User districtAdmin = fixtures.user(Role.ADMIN, district);
        User elsewhere = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        mvc.perform(get("/admin/users/{id}/edit", elsewhere.getId()).with(user(Fixtures.details(districtAdmin))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/{id}/edit", cityAdmin.getId()).with(user(Fixtures.details(districtAdmin))))
                .andExpect(status().isNotFound());

        MultiValueMap<String, String> form = openForm(districtAdmin, inspector);
        form.set("districtId", "");
        save(districtAdmin, inspector, form).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(jdbc.queryForObject("select district_id from app_user where id = ?", Long.class,
                inspector.getId())).isEqualTo(district);

        form = openForm(districtAdmin, inspector);
        form.set("role", "HEAD");
        form.remove("enabled");
        save(districtAdmin, inspector, form).andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.queryForMap("select role, enabled from app_user where id = ?", inspector.getId()))
                .containsEntry("role", "HEAD").containsEntry("enabled", false);
    }

    @Test
    void anAdminCannotDisableOrDemoteThemselves() throws Exception {
        MultiValueMap<String, String> form = openForm(cityAdmin, cityAdmin);
        form.remove("enabled");
        save(cityAdmin, cityAdmin, form).andExpect(status().isOk())
                .andExpect(content().string(containsString("不能停用自己的账户")));
        form = openForm(cityAdmin, cityAdmin);
        form.set("role", "INSPECTOR");
        save(cityAdmin, cityAdmin, form).andExpect(status().isOk())
                .andExpect(content().string(containsString("不能停用自己的账户")));
        assertThat(jdbc.queryForMap("select role, enabled from app_user where id = ?", cityAdmin.getId()))
                .containsEntry("role", "ADMIN").containsEntry("enabled", true);
    }

    private MultiValueMap<String, String> openForm(User admin, User target) throws Exception {
        String html = mvc.perform(get("/admin/users/{id}/edit", target.getId()).with(user(Fixtures.details(admin))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return fieldsOf(html, "/admin/users/" + target.getId());
    }

    private org.springframework.test.web.servlet.ResultActions save(User admin, User target,
                                                                     MultiValueMap<String, String> form)
            throws Exception {
        return mvc.perform(post("/admin/users/{id}", target.getId()).params(form)
                .with(user(Fixtures.details(admin))).with(csrf()));
    }

    /** What a browser would submit from the form with this action: inputs, ticked boxes, selected options. */
    static MultiValueMap<String, String> fieldsOf(String html, String action) {
        Matcher f = FORM.matcher(html);
        while (f.find()) {
            if (!f.group(1).equals(action)) {
                continue;
            }
            MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
            Matcher in = INPUT.matcher(f.group(2));
            while (in.find()) {
                String attrs = in.group(1);
                String name = attr(attrs, "name");
                String type = attr(attrs, "type");
                if (name == null || name.equals("_csrf")
                        || (List.of("checkbox", "radio").contains(type) && !attrs.contains("checked"))) {
                    continue;
                }
                fields.add(name, attr(attrs, "value") == null ? "" : attr(attrs, "value"));
            }
            Matcher sel = SELECT.matcher(f.group(2));
            while (sel.find()) {
                Matcher opt = OPTION.matcher(sel.group(2));
                String first = null;
                String selected = null;
                while (opt.find()) {
                    String value = attr(opt.group(1), "value");
                    first = first == null ? value : first;
                    if (selected == null && opt.group(1).contains("selected")) {
                        selected = value;
                    }
                }
                fields.add(attr(sel.group(1), "name"), selected != null ? selected : first == null ? "" : first);
            }
            return fields;
        }
        throw new AssertionError("no form with action " + action);
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }
}
