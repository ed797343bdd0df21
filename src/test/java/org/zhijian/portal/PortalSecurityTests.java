package org.zhijian.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enforcement.domain.CaseService;
import org.zhijian.enforcement.domain.EnforcementCase;
import org.zhijian.enforcement.domain.PartyKind;
import org.zhijian.enforcement.domain.PenaltyKind;
import org.zhijian.enforcement.domain.SimpleCaseDetails;
import org.zhijian.inspection.domain.InspectionRecord;
import org.zhijian.inspection.domain.InspectionRecordService;
import org.zhijian.inspection.domain.InspectionTaskService;
import org.zhijian.system.NotFoundException;
import org.zhijian.support.SpecialInspectionRuns;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.portal.domain.EvidenceService;
import org.zhijian.portal.domain.EvidenceSubject;
import org.zhijian.portal.domain.EvidenceSubmission;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PostProcessingAction;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.StepCommand;
import org.zhijian.system.security.Role;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * Issue 13, point 5: an enterprise user probing every page and API route (found from the handler
 * mappings and the OpenAPI document, nothing listed by hand) gets nothing but the public pages and
 * /portal; on /portal, another enterprise's ids get nothing and change nothing; a bureau user of
 * another district gets nothing of this enterprise.
 */
class PortalSecurityTests extends PostgresIntegrationTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    /** Routes every visitor may open (login pages, public announcements, the API document in tests). */
    private static final List<String> PUBLIC = List.of("/login", "/error", "/public/", "/v3/api-docs",
            "/swagger-ui", "/actuator/health", "/actuator/info", "/portal/login", "/portal/invitation/");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping;
    @Autowired SpotCheckTestData data;
    @Autowired BatchService batches;
    @Autowired HazardService hazards;
    @Autowired EvidenceService evidence;
    @Autowired InspectionTaskService inspectionTasks;
    @Autowired InspectionRecordService inspectionRecords;
    @Autowired SpecialInspectionRuns inspectionRuns;
    @Autowired CaseService cases;

    record Route(String method, String path) {
    }

    @Test
    void anEnterpriseUserGetsNothingButThePortalAndNothingOfAnotherEnterprise() throws Exception {
        Long district = fixtures.district().getId();
        Enterprise own = fixtures.enterprise(district, Industry.WOOD_PANEL);
        Enterprise other = fixtures.enterprise(district, Industry.WOOD_PANEL);
        User officer = fixtures.enterpriseUser(own);
        User otherOfficer = fixtures.enterpriseUser(other);
        User inspector = fixtures.user(Role.INSPECTOR, district);
        User second = fixtures.user(Role.INSPECTOR, district);
        ProductCategory product = data.woodPanel();
        LocalDate today = batches.today();
        // the other enterprise's records: a batch in its objection window, a hazard with evidence
        SamplingBatch b = fixtures.as(Fixtures.details(inspector), () -> batches.record(data.sampling(other, product,
                inspector, second, today.minusDays(20)), today.minusDays(15), "BG", data.results(product, "0.3")));
        fixtures.as(Fixtures.details(inspector), () -> batches.advance(b.getId(), b.getVersion(), new StepCommand(
                PostProcessingAction.NOTIFY, today.minusDays(2), null, null, null, null)));
        Long hazardId = fixtures.as(Fixtures.details(inspector), () -> hazards.record(new HazardDetails(other.getId(),
                null, null, HazardLevel.GENERAL, "灭火器过期", "更换", "消防法", today, today.plusDays(7), "赵六"))).getId();
        Long evidenceId = fixtures.as(Fixtures.details(otherOfficer), () -> evidence.submit(new EvidenceSubmission(
                EvidenceSubject.HAZARD, hazardId, "a.png", "image/png", PortalActionsTests.PNG, null))).getId();
        Map<String, Object> ids = Map.of("id", b.getId(), "enterpriseId", other.getId(), "photoId", 1L);
        String before = fingerprint(other.getId());

        List<String> leaks = new ArrayList<>();
        for (Route r : discover()) {
            if (PUBLIC.stream().anyMatch(r.path()::startsWith)) {
                continue;
            }
            String path = fill(r.path(), ids, hazardId, evidenceId);
            var req = r.method().equals("POST") && path.endsWith("/evidence")
                    ? multipart(path).file(new MockMultipartFile("file", "a.png", "image/png", PortalActionsTests.PNG))
                    : request(HttpMethod.valueOf(r.method()), path).param("reason", "x").param("summary", "x")
                    .param("kind", "DAILY").param("pointId", "1").param("name", "x").param("controlMeasure", "x");
            int status = mvc.perform(req.with(csrf()).with(user(Fixtures.details(officer)))).andReturn().getResponse()
                    .getStatus();
            boolean portalOwnPage = r.method().equals("GET") && !r.path().contains("{") && r.path().startsWith("/portal");
            boolean portalOwnAction = r.method().equals("POST") && (r.path().startsWith("/portal/self-checks")
                    || r.path().equals("/portal/password"));
            if (portalOwnPage || portalOwnAction) {
                continue;
            }
            if (status != 403 && status != 404) {
                leaks.add(r.method() + " " + path + ": " + status);
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(fingerprint(other.getId())).isEqualTo(before);
        // the pages of the enterprise side show nothing of the other enterprise
        String page = mvc.perform(get("/portal/batches").with(user(Fixtures.details(officer)))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).doesNotContain(b.getFormNumber());
    }

    @Test
    void theEnterpriseSideShowsItsOwnInspectionsPenaltiesAndCreditRecordAndNoneOfAnotherEnterprise()
            throws Exception {
        Long district = fixtures.district().getId();
        Enterprise own = fixtures.enterprise(district);
        Enterprise other = fixtures.enterprise(district);
        User officer = fixtures.enterpriseUser(own);
        User inspector = fixtures.user(Role.INSPECTOR, district);
        User second = fixtures.user(Role.INSPECTOR, district);
        String reference = "portal-" + Fixtures.next();
        inspectionTasks.dispatch(reference, "专项检查", List.of(own.getId(), other.getId()),
                inspectionTasks.today().plusDays(10));
        Map<Long, Long> recordOf = new java.util.HashMap<>();
        for (InspectionRecord r : inspectionRuns.complete(reference, district)) {
            recordOf.put(jdbc.queryForObject("select enterprise_id from inspection_record where id = ?",
                    Long.class, r.getId()), r.getId());
        }
        EnforcementCase ownCase = decided(inspector, second, own, "3000");
        EnforcementCase otherCase = decided(inspector, second, other, "2000");
        var as = user(Fixtures.details(officer));

        String inspections = mvc.perform(get("/portal/inspections").with(as)).andReturn().getResponse()
                .getContentAsString();
        assertThat(inspections).contains("id=\"inspection-" + recordOf.get(own.getId()) + "\"")
                .doesNotContain("id=\"inspection-" + recordOf.get(other.getId()) + "\"")
                .doesNotContain("专项检查:现场未发现问题");
        String penalties = mvc.perform(get("/portal/penalties").with(as)).andReturn().getResponse()
                .getContentAsString();
        assertThat(penalties).contains("id=\"penalty-" + ownCase.getId() + "\"", ownCase.getDocumentNumber(),
                        ownCase.getPaymentDue().toString())
                .doesNotContain("id=\"penalty-" + otherCase.getId() + "\"", otherCase.getDocumentNumber(),
                        "罚款2000元");
        String credit = mvc.perform(get("/portal/credit").with(as)).andReturn().getResponse().getContentAsString();
        assertThat(credit).contains(ownCase.getDocumentNumber()).doesNotContain(otherCase.getDocumentNumber());
        // the lower modules' enterprise reads refuse another enterprise to the enterprise user
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(officer),
                () -> inspectionRecords.ofEnterprise(other.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(officer), () -> cases.ofEnterprise(other.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    private EnforcementCase decided(User inspector, User second, Enterprise e, String fine) {
        String violation = fine.equals("3000") ? "未按规定标注生产日期" : "未按规定标注厂址";
        return fixtures.as(Fixtures.details(inspector), () -> cases.decideOnTheSpot(new SimpleCaseDetails(e.getId(),
                Set.of(inspector.getId(), second.getId()), PartyKind.ORGANISATION, violation, "《产品质量法》第二十七条",
                java.util.EnumSet.of(PenaltyKind.FINE), new java.math.BigDecimal(fine), "罚款" + fine + "元",
                cases.today())));
    }

    @Test
    void aBureauUserOfAnotherDistrictGetsNothingOfThisEnterprise() throws Exception {
        Long district = fixtures.district().getId();
        Enterprise e = fixtures.enterprise(district);
        User officer = fixtures.enterpriseUser(e);
        User inspector = fixtures.user(Role.INSPECTOR, district);
        Long hazardId = fixtures.as(Fixtures.details(inspector), () -> hazards.record(new HazardDetails(e.getId(),
                null, null, HazardLevel.GENERAL, "安全出口堵塞", "清理", "消防法", batches.today(),
                batches.today().plusDays(7), "赵六"))).getId();
        Long evidenceId = fixtures.as(Fixtures.details(officer), () -> evidence.submit(new EvidenceSubmission(
                EvidenceSubject.HAZARD, hazardId, "a.png", "image/png", PortalActionsTests.PNG, null))).getId();
        User stranger = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        for (String path : List.of("/evidence/" + evidenceId, "/evidence/" + evidenceId + "/file",
                "/risk/hazards/" + hazardId, "/enterprises/" + e.getId())) {
            assertThat(mvc.perform(get(path).with(user(Fixtures.details(stranger)))).andReturn().getResponse()
                    .getStatus()).as(path).isEqualTo(404);
        }
        assertThat(mvc.perform(request(HttpMethod.POST, "/evidence/" + evidenceId + "/review").param("version", "0")
                .param("accepted", "true").with(csrf()).with(user(Fixtures.details(stranger)))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/evidence").with(user(Fixtures.details(stranger)))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("/evidence/" + evidenceId + "\"");
        assertThat(jdbc.queryForObject("select status from portal_evidence where id = ?", String.class, evidenceId))
                .isEqualTo("SUBMITTED");
    }

    private String fingerprint(Long enterpriseId) {
        return jdbc.queryForObject("select concat((select string_agg(t::text, ',' order by id) from sampling_batch t"
                + " where enterprise_id = ?), (select string_agg(t::text, ',' order by id) from hazard t where"
                + " enterprise_id = ?), (select string_agg(concat(t.id, t.status, t.version), ',') from portal_evidence"
                + " t where enterprise_id = ?))", String.class, enterpriseId, enterpriseId, enterpriseId);
    }

    /** Each variable filled with the other enterprise's record of the kind the route names. */
    private static String fill(String path, Map<String, Object> ids, Long hazardId, Long evidenceId) {
        Matcher m = VARIABLE.matcher(path);
        StringBuilder uri = new StringBuilder();
        while (m.find()) {
            String before = path.substring(0, m.start());
            Object value = before.endsWith("/hazards/") ? hazardId
                    : before.endsWith("/evidence/") ? evidenceId : ids.getOrDefault(m.group(1), 1L);
            m.appendReplacement(uri, Matcher.quoteReplacement(String.valueOf(value)));
        }
        m.appendTail(uri);
        return uri.toString();
    }

    private Set<Route> discover() throws Exception {
        Set<Route> routes = new TreeSet<>(java.util.Comparator.comparing((Route r) -> r.method() + " " + r.path()));
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(doc, "$.paths");
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(m -> routes.add(new Route(m.toUpperCase(), path))));
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route("GET", path));
                }
                methods.forEach(m -> routes.add(new Route(m.name(), path)));
            }
        }
        assertThat(routes).as("routes found").hasSizeGreaterThan(80);
        return routes;
    }
}
