package org.zhijian.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * Every GET route of the application, pages and API alike, answers without a server error on
 * PostgreSQL for each role both at city level and in a district (issue 8.9: a city user's import
 * page failed on an untyped {@code ? is null}, which H2 accepts). The routes come from the
 * handler mapping, so a new page is covered without touching this test; a path variable is
 * filled with a real id of the table its resource names (a route whose resource has no rows yet
 * is left out), and a resource this test does not know fails it, so it gets added here. Every
 * form a page renders must also be one a browser can send back: no field it binds may be rendered
 * twice (issue 9.5: the user edit page drew {@code username} as a hidden and a visible input, so
 * no save could ever succeed).
 */
class EveryPageTests extends PostgresIntegrationTests {

    private static final Pattern VARIABLE = Pattern.compile("/([^/{}]+)/\\{([^}]+)}");
    private static final Pattern FORM = Pattern.compile("<form\\b.*?</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]+)\"");

    /** The table behind the resource named by the path segment in front of a variable. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("enterprises", "enterprise"), Map.entry("classification", "enterprise"),
            Map.entry("classifications", "enterprise"), Map.entry("licences", "production_licence"),
            Map.entry("campaigns", "risk_campaign"), Map.entry("files", "risk_campaign_file"),
            Map.entry("draws", "random_draw"), Map.entry("hazards", "hazard"), Map.entry("points", "risk_point"),
            Map.entry("risk-points", "risk_point"), Map.entry("users", "app_user"),
            Map.entry("batches", "sampling_batch"), Map.entry("photos", "batch_photo"),
            Map.entry("plans", "spot_check_plan"), Map.entry("imports", "result_import"),
            Map.entry("districts", "district"), Map.entry("products", "product_category"),
            Map.entry("catalogue", "product_category"), Map.entry("clues", "enforcement_clue"),
            Map.entry("cases", "enforcement_case"), Map.entry("evidence/evidenceId", "enforcement_evidence"),
            Map.entry("invitation", "portal_invitation"), Map.entry("evidence", "portal_evidence"),
            Map.entry("checklists", "inspection_checklist"), Map.entry("tasks", "inspection_task"),
            Map.entry("inspection-tasks", "inspection_task"), Map.entry("records", "inspection_record"),
            Map.entry("inspection-records", "inspection_record"), Map.entry("records>photos", "inspection_photo"),
            Map.entry("incidents", "quality_incident"), Map.entry("risk-information", "risk_information"),
            Map.entry("listings", "credit_listing"), Map.entry("inbox", "inbox_message"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyGetRouteAnswersEveryRoleInTheCityAndInADistrictWithoutAServerError() throws Exception {
        District district = fixtures.district();
        Enterprise enterprise = fixtures.enterprise(district.getId());
        fixtures.licence(enterprise, LocalDate.now().minusYears(1));

        List<String> routes = routes();
        assertThat(routes).contains("/spotchecks/imports", "/enterprises", "/enterprises/{id}");
        List<String> failures = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Long districtId : new Long[] {null, district.getId()}) {
                User u = role == Role.ENTERPRISE ? fixtures.enterpriseUser(enterprise) : fixtures.user(role, districtId);
                for (String route : routes) {
                    String path = withRealIds(route);
                    if (path == null) {
                        continue;
                    }
                    String who = " as " + role + (districtId == null ? " (city)" : " (district)");
                    try {
                        var response = mvc.perform(get(path).with(user(Fixtures.details(u)))).andReturn().getResponse();
                        int status = response.getStatus();
                        if (status >= 500) {
                            failures.add(status + " " + path + who);
                        }
                        String type = response.getContentType();
                        if (status == 200 && type != null && type.startsWith("text/html")) {
                            for (String twice : fieldsRenderedTwice(response.getContentAsString())) {
                                failures.add("field '" + twice + "' rendered twice in a form of " + path + who);
                            }
                        }
                    } catch (Exception e) {
                        failures.add(path + who + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aFieldRenderedTwiceInOneFormIsFoundAndGroupsAreNot() {
        assertThat(fieldsRenderedTwice("<form method=\"post\"><input type=\"hidden\" name=\"username\">"
                + "<input class=\"x\" name=\"username\" type=\"text\"><input type=\"checkbox\" name=\"ids\">"
                + "<input type=\"checkbox\" name=\"ids\"></form><form><input name=\"username\"></form>"))
                .containsExactly("username");
    }

    /**
     * Names a form would send twice; checkbox and radio groups share a name by design, and so do the
     * hidden {@code _name} markers Spring renders beside each checkbox of a group.
     */
    static List<String> fieldsRenderedTwice(String html) {
        List<String> twice = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, Integer> seen = new java.util.HashMap<>();
            Matcher field = FIELD.matcher(form.group());
            while (field.find()) {
                String attributes = field.group(2);
                Matcher name = NAME.matcher(attributes);
                Matcher type = TYPE.matcher(attributes);
                String kind = type.find() ? type.group(1) : "";
                if (!name.find() || name.group(1).startsWith("_") || kind.equals("checkbox") || kind.equals("radio") || kind.equals("submit")) {
                    continue;
                }
                if (seen.merge(name.group(1), 1, Integer::sum) == 2) {
                    twice.add(name.group(1));
                }
            }
        }
        return twice;
    }

    private List<String> routes() {
        TreeSet<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                routes.addAll(info.getPatternValues());
            }
        });
        routes.remove("/error");
        return List.copyOf(routes);
    }

    /** The route with each variable replaced by an existing id, or null when the resource has no rows yet. */
    private String withRealIds(String route) {
        Matcher m = VARIABLE.matcher(route);
        StringBuilder path = new StringBuilder();
        String parent = "";
        while (m.find()) {
            Object value;
            if (m.group(1).equals("risk-bands")) {
                value = "LS";
            } else {
                // most specific first: under its parent resource, by variable name, by segment
                String table = TABLES.getOrDefault(parent + ">" + m.group(1),
                        TABLES.getOrDefault(m.group(1) + "/" + m.group(2), TABLES.get(m.group(1))));
                assertThat(table).as("the table behind {%s} in %s (add it to TABLES)", m.group(2), route).isNotNull();
                value = jdbc.queryForObject("select max(id) from " + table, Long.class);
                if (value == null) {
                    return null;
                }
            }
            m.appendReplacement(path, Matcher.quoteReplacement("/" + m.group(1) + "/" + value));
            parent = m.group(1);
        }
        m.appendTail(path);
        assertThat(path.toString()).doesNotContain("{");
        return path.toString();
    }
}
