package org.zhijian.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhijian.enforcement.domain.CaseService;
import org.zhijian.enforcement.domain.ClueService;
import org.zhijian.enforcement.domain.EvidenceKind;
import org.zhijian.enforcement.domain.OpenCaseDetails;
import org.zhijian.enforcement.domain.PartyKind;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.credit.domain.ListingAction;
import org.zhijian.credit.domain.ListingInput;
import org.zhijian.credit.domain.ListingService;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.campaign.domain.Campaign;
import org.zhijian.campaign.domain.CampaignDetails;
import org.zhijian.campaign.domain.CampaignService;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.draw.domain.DrawRequest;
import org.zhijian.draw.domain.DrawService;
import org.zhijian.draw.domain.RandomDraw;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.inbox.domain.Inbox;
import org.zhijian.incident.domain.IncidentDetails;
import org.zhijian.incident.domain.IncidentLevel;
import org.zhijian.incident.domain.IncidentService;
import org.zhijian.incident.domain.RiskInformationDetails;
import org.zhijian.incident.domain.RiskInformationService;
import org.zhijian.incident.domain.RiskSource;
import org.zhijian.riskpoint.domain.Assessment;
import org.zhijian.riskpoint.domain.PlaceKind;
import org.zhijian.riskpoint.domain.RiskPoint;
import org.zhijian.riskpoint.domain.RiskPointDetails;
import org.zhijian.riskpoint.domain.RiskPointService;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PlanDetails;
import org.zhijian.spotcheck.domain.PlanLevel;
import org.zhijian.spotcheck.domain.PlanService;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.SpotCheckPlan;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9's generated cross-district test. Every route with a path variable is
 * discovered, from the OpenAPI document and from the page handler mappings
 * (nothing is listed by hand), and called by an admin, a head and an inspector
 * of another district with a body that would pass validation. Each must be
 * refused (403 or 404) and leave the record exactly as it was. Every discovered
 * route must map, by its path up to the first variable, to a fixture record of
 * the right kind (or to a stated exemption): a new route without a mapping
 * fails here, so whoever adds it has to decide how it is scoped.
 */
class CrossDistrictRoutesTests extends PostgresIntegrationTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    /** Path up to and including the first variable → the kind of record it names. */
    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    /** Routes that are not district-scoped, and why. Keys are "METHOD path" or a path prefix. */
    private static final Map<String, String> EXEMPT = Map.of(
            "GET /api/v1/risk-bands/{method}", "the grading bands are city-wide and every district reads them",
            "/dashboard/products/{categoryId}", "a product is city-wide; the page shows only the user's own district",
            "/portal/invitation/{token}", "the secret token in the link is the scope: any other token is 404 to everyone",
            "/inspection/checklists/{id}", "checklists are city-wide: every district inspects with them; only city admins revise them",
            "/api/v1/checklists/{id}", "checklists are city-wide: every district inspects with them; only city admins revise them");

    enum Kind { ENTERPRISE, LICENCE, PLAN, BATCH, IMPORT, RISK_POINT, HAZARD, CAMPAIGN, DRAW, INBOX, USER, CATEGORY,
        DISTRICT, RISK_BANDS, RISK_INFORMATION, INCIDENT, CLUE, CASE, EVIDENCE, LISTING, INSPECTION_TASK, INSPECTION_RECORD }

    static {
        map(Kind.ENTERPRISE, "/enterprises/{id}", "/api/v1/enterprises/{id}", "/classification/{enterpriseId}",
                "/api/v1/classifications/{enterpriseId}", "/dashboard/enterprises/{enterpriseId}",
                "/credit/enterprises/{id}", "/api/v1/credit/enterprises/{enterpriseId}");
        map(Kind.LISTING, "/credit/listings/{id}", "/api/v1/credit/listings/{id}");
        map(Kind.LICENCE, "/licences/{id}", "/api/v1/licences/{id}");
        map(Kind.PLAN, "/spotchecks/plans/{id}", "/api/v1/spotchecks/plans/{id}");
        map(Kind.BATCH, "/spotchecks/batches/{id}", "/api/v1/spotchecks/batches/{id}", "/portal/batches/{id}");
        map(Kind.IMPORT, "/spotchecks/imports/{id}", "/api/v1/spotchecks/imports/{id}");
        map(Kind.RISK_POINT, "/risk/points/{id}", "/api/v1/risk-points/{id}");
        map(Kind.HAZARD, "/risk/hazards/{id}", "/api/v1/hazards/{id}", "/portal/hazards/{id}");
        map(Kind.EVIDENCE, "/evidence/{id}", "/portal/evidence/{id}", "/api/v1/evidence/{id}");
        map(Kind.CAMPAIGN, "/risk/campaigns/{id}", "/api/v1/campaigns/{id}");
        map(Kind.DRAW, "/draws/{id}", "/api/v1/draws/{id}", "/public/draws/{id}");
        map(Kind.INBOX, "/inbox/{id}");
        map(Kind.USER, "/admin/users/{id}", "/api/v1/users/{id}");
        map(Kind.CATEGORY, "/catalogue/{id}");
        map(Kind.DISTRICT, "/admin/districts/{id}", "/dashboard/districts/{id}", "/api/v1/dashboard/districts/{id}");
        map(Kind.RISK_BANDS, "/risk/bands/{method}", "/api/v1/risk-bands/{method}");
        map(Kind.RISK_INFORMATION, "/risk-information/{id}", "/api/v1/risk-information/{id}");
        map(Kind.INCIDENT, "/incidents/{id}", "/api/v1/incidents/{id}");
        map(Kind.CLUE, "/enforcement/clues/{id}", "/api/v1/clues/{id}");
        map(Kind.CASE, "/enforcement/cases/{id}", "/api/v1/cases/{id}");
        map(Kind.INSPECTION_TASK, "/inspection/tasks/{id}", "/api/v1/inspection-tasks/{id}");
        map(Kind.INSPECTION_RECORD, "/inspection/records/{id}", "/api/v1/inspection-records/{id}");
    }

    private static void map(Kind kind, String... prefixes) {
        for (String p : prefixes) {
            KINDS.put(p, kind);
        }
    }

    record Route(String method, String path) {
        String key() {
            return method + " " + path;
        }

        String prefix() {
            Matcher m = VARIABLE.matcher(path);
            return m.find() ? path.substring(0, m.end()) : path;
        }
    }

    /** A record of district A: the values of the path variables, and a fingerprint of everything stored about it. */
    record Fixture(Map<String, Object> vars, Supplier<String> fingerprint) {
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping;
    @Autowired SpotCheckTestData data;
    @Autowired PlanService plans;
    @Autowired BatchService batches;
    @Autowired RiskPointService points;
    @Autowired HazardService hazards;
    @Autowired CampaignService campaigns;
    @Autowired DrawService draws;
    @Autowired Inbox inbox;
    @Autowired ClassificationService classification;
    @Autowired JsonMapper json;
    @Autowired RiskInformationService riskInformation;
    @Autowired IncidentService qualityIncidents;
    @Autowired ClueService clues;
    @Autowired CaseService cases;
    @Autowired ListingService listings;
    @Autowired org.zhijian.inspection.domain.SpecialInspections specialInspections;
    @Autowired org.zhijian.inspection.domain.InspectionRecordService inspectionRecords;
    @Autowired org.zhijian.support.SpecialInspectionRuns inspectionRuns;

    @Test
    void everyRouteWithAnIdRefusesAnotherDistrictAndChangesNothing() throws Exception {
        Set<Route> routes = discover();
        assertThat(routes).as("routes found").hasSizeGreaterThan(40);
        List<String> unmapped = routes.stream().filter(r -> exemption(r) == null && kindOf(r) == null)
                .map(Route::key).toList();
        assertThat(unmapped).as("routes with no fixture mapping: decide how each is scoped").isEmpty();

        Map<Kind, Fixture> fixtures = fixturesOfDistrictA();
        assertThat(fixtures.keySet()).containsAll(KINDS.values());
        Map<Kind, String> before = new TreeMap<>();
        fixtures.forEach((k, f) -> before.put(k, f.fingerprint().get()));

        District other = this.fixtures.district();
        List<User> strangers = List.of(this.fixtures.user(Role.ADMIN, other.getId()),
                this.fixtures.user(Role.HEAD, other.getId()), this.fixtures.user(Role.INSPECTOR, other.getId()));
        List<String> leaks = new ArrayList<>();
        for (Route r : routes) {
            Kind kind = kindOf(r);
            if (exemption(r) != null) {
                continue;
            }
            Fixture f = fixtures.get(kind);
            for (User stranger : strangers) {
                int status = mvc.perform(requestFor(r, f, other.getId()).with(user(Fixtures.details(stranger))))
                        .andReturn().getResponse().getStatus();
                if (status != 403 && status != 404) {
                    leaks.add(r.key() + " as " + stranger.getRole() + " of another district: " + status);
                }
            }
        }
        Map<Kind, String> after = new TreeMap<>();
        fixtures.forEach((k, f) -> after.put(k, f.fingerprint().get()));
        assertThat(leaks).isEmpty();
        assertThat(after).isEqualTo(before);
    }

    private static Kind kindOf(Route r) {
        return KINDS.get(r.prefix());
    }

    private static String exemption(Route r) {
        return EXEMPT.getOrDefault(r.key(), EXEMPT.get(r.prefix()));
    }

    /** Id-bearing routes of the API (OpenAPI document) and of the pages (handler mappings), as method and path. */
    private Set<Route> discover() throws Exception {
        Set<Route> routes = new TreeSet<>(java.util.Comparator.comparing(Route::key));
        String doc = mvc.perform(request(HttpMethod.GET, "/v3/api-docs")).andReturn().getResponse()
                .getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(doc, "$.paths");
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .filter(m -> path.contains("{"))
                .forEach(m -> routes.add(new Route(m.toUpperCase(), path))));
        assertThat(routes).as("the OpenAPI document lists id-bearing API routes").isNotEmpty();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (!path.contains("{")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    routes.add(new Route("GET", path));
                    routes.add(new Route("POST", path));
                }
                methods.forEach(m -> routes.add(new Route(m.name(), path)));
            }
        }
        return routes;
    }

    private AbstractMockHttpServletRequestBuilder<?> requestFor(Route r, Fixture f, Long otherDistrict) {
        Matcher m = VARIABLE.matcher(r.path());
        StringBuilder uri = new StringBuilder();
        while (m.find()) {
            Object value = f.vars().get(m.group(1));
            assertThat(value).as("fixture value for {%s} of %s", m.group(1), r.key()).isNotNull();
            m.appendReplacement(uri, Matcher.quoteReplacement(String.valueOf(value)));
        }
        m.appendTail(uri);
        long version = ((Number) f.vars().get("version")).longValue();
        boolean api = r.path().startsWith("/api/");
        if (r.path().endsWith("/evidence") && r.method().equals("POST")) {
            return multipart(uri.toString()).file(new MockMultipartFile("file", "p.png", "image/png", PNG))
                    .param("kind", "PHOTO").with(csrf());
        }
        if (r.path().endsWith("/photos") && r.method().equals("POST")) {
            String part = r.path().startsWith("/api/v1/inspection-records/") ? "file" : "photos";
            return multipart(uri.toString()).file(new MockMultipartFile(part, "p.png", "image/png", PNG))
                    .with(csrf());
        }
        MockHttpServletRequestBuilder b = request(HttpMethod.valueOf(r.method()), uri.toString());
        if (r.method().equals("GET")) {
            return b;
        }
        Map<String, Object> fields = validFields(f, version, otherDistrict);
        // the incident module's enums share field names with others: its own valid values on its routes
        if (r.path().startsWith("/api/v1/incidents/") || r.path().startsWith("/incidents/")) {
            fields.put("kind", "FOLLOW_UP");
        }
        if (r.path().startsWith("/api/v1/risk-information/") || r.path().startsWith("/risk-information/")) {
            fields.put("action", "NONE");
        }
        if (r.path().contains("/credit/listings/")) {
            fields.put("action", "NOT_LIST"); // a listing's steps are not a hazard's
        }
        if (api) {
            String body = r.path().startsWith("/api/v1/risk-bands/") ? "[]" : json.writeValueAsString(fields);
            return b.param("version", String.valueOf(version)).contentType(MediaType.APPLICATION_JSON).content(body);
        }
        b.with(csrf());
        fields.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                list.forEach(v -> b.param(name, String.valueOf(v)));
            } else if (!(value instanceof Map)) {
                b.param(name, String.valueOf(value));
            }
        });
        return b;
    }

    /**
     * One set of fields every request accepts, valid for each record that knows
     * them (unknown ones are ignored): sent as the JSON body to the API and as
     * form parameters to the pages.
     */
    private Map<String, Object> validFields(Fixture f, long version, Long otherDistrict) {
        String today = LocalDate.now().toString();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("version", version);
        p.put("code", String.valueOf(100000 + Fixtures.next()));
        p.put("year", 2026);
        p.put("level", "DISTRICT");
        p.put("joint", false);
        p.put("categoryIds", List.of(f.vars().get("categoryId")));
        p.put("plannedBatchesByDistrict", Map.of(String.valueOf(otherDistrict), 1));
        p.put("quotas[" + otherDistrict + "]", 1);
        p.put("name", "改名");
        p.put("nameZh", "改名");
        p.put("nameEn", "Renamed");
        p.put("sortOrder", 1);
        p.put("creditCode", Fixtures.uniqueCreditCode().value());
        p.put("districtId", otherDistrict);
        p.put("industry", "WOOD_PANEL");
        p.put("status", "ACTIVE");
        p.put("contactPhone", "0576-1");
        p.put("establishedOn", "2010-01-01");
        p.put("riskClass", "HIGH");
        p.put("active", true);
        p.put("number", Fixtures.uniqueLicenceNumber().value());
        p.put("enterpriseId", f.vars().get("enterpriseId"));
        p.put("targetStatus", "SUSPENDED");
        p.put("entryPosition", 1);
        p.put("outgoingId", 1);
        p.put("incomingId", 2);
        p.put("action", "CLOSE");
        p.put("placeKind", "EQUIPMENT");
        p.put("method", "LS");
        p.put("likelihood", 2);
        p.put("severity", 2);
        p.put("supervisionClass", "D");
        p.put("kind", "COMPLAINT");
        p.put("reportNumber", "R");
        p.put("results", List.of());
        p.put("role", "INSPECTOR");
        p.put("username", "u" + Fixtures.next());
        p.put("enabled", true);
        p.put("accepted", true);
        p.put("limitKind", "MAX");
        p.put("upperLimit", 1);
        p.put("unit", "mg");
        p.put("values", List.of(20, 15, 9, 1));
        p.put("districtIds", List.of(otherDistrict));
        p.put("dueOn", LocalDate.now().plusDays(7).toString());
        p.put("content", "改");
        p.put("officerIds", List.of(1));
        for (String date : List.of("issuedOn", "inspectedOn", "occurredOn", "testedOn")) {
            p.put(date, today);
        }
        // Free text wherever a request has it
        for (String free : List.of("title", "address", "legalRepresentative", "standard", "productName",
                "productUnit", "issuer", "issuingAuthority", "reason", "legalBasis", "note", "placeName", "hazard",
                "controls", "responsiblePerson", "summary", "displayName", "violation", "penaltyContent")) {
            p.put(free, "改");
        }
        return p;
    }

    private Map<Kind, Fixture> fixturesOfDistrictA() {
        District a = fixtures.district();
        Long d = a.getId();
        User admin = fixtures.user(Role.ADMIN, d);
        User head = fixtures.user(Role.HEAD, d);
        User inspector = fixtures.user(Role.INSPECTOR, d);
        User second = fixtures.user(Role.INSPECTOR, d);
        fixtures.user(Role.INSPECTOR, d);
        Enterprise e = fixtures.enterprise(d, Industry.WOOD_PANEL);
        fixtures.licence(e, LocalDate.now().minusYears(1));
        fixtures.asSystemAdmin(() -> classification.recompute(e.getId()));
        Long licenceId = jdbc.queryForObject("select id from production_licence where enterprise_id = ?", Long.class,
                e.getId());
        ProductCategory category = data.woodPanel();
        LocalDate today = batches.today();

        SpotCheckPlan plan = fixtures.as(Fixtures.details(admin), () -> plans.create(new PlanDetails(
                "P" + Fixtures.next(), "本区计划", 2026, PlanLevel.DISTRICT, false, null, Set.of(category.getId()),
                Map.of(d, 3))));
        SamplingBatch batch = fixtures.as(Fixtures.details(inspector), () -> batches.record(
                data.sampling(e, category, inspector, second, today.minusDays(30)), today.minusDays(20), "BG",
                data.results(category, "0.5")));
        Long photoId = fixtures.as(Fixtures.details(inspector),
                () -> batches.addPhoto(batch.getId(), "p.png", "image/png", PNG)).id();
        RiskPoint point = fixtures.as(Fixtures.details(inspector), () -> points.record(new RiskPointDetails(e.getId(),
                null, PlaceKind.EQUIPMENT, "热压机", "烫伤", "防护罩", "王五", Assessment.ls(3, 3))));
        Long hazardId = fixtures.as(Fixtures.details(inspector), () -> hazards.record(new HazardDetails(e.getId(), null,
                point.getId(), HazardLevel.GENERAL, "灭火器过期", "更换", "消防法", today, today.plusDays(7), "赵六")))
                .getId();
        Campaign campaign = fixtures.as(Fixtures.details(head), () -> campaigns.launch(new CampaignDetails("本区排查",
                Set.of(Industry.WOOD_PANEL), Set.of(d), today.minusDays(5), today.plusDays(30), "一企一策")));
        // The archived file as closing would write it (closing needs the PDF fonts, which are not the point here)
        Long fileId = jdbc.queryForObject("insert into risk_campaign_file (campaign_id, kind, file_name, content_type, "
                + "content, created_at, district_id) values (?, 'RISK_LIST', 'a.xlsx', 'application/octet-stream', ?, "
                + "now(), ?) returning id", Long.class, campaign.getId(), new byte[] {1}, d);
        RandomDraw draw = fixtures.as(Fixtures.details(head), () -> draws.draw(new DrawRequest("本区双随机", null, d, null,
                null, 1, 2, 7L)));
        fixtures.inTransaction(() -> {
            inbox.send(head.getId(), "risk.inbox.test", "/risk/hazards/" + hazardId);
            return null;
        });
        Long messageId = jdbc.queryForObject("select max(id) from inbox_message where recipient_id = ?", Long.class,
                head.getId());
        Long portalEvidenceId = jdbc.queryForObject("insert into portal_evidence (subject_type, subject_id, enterprise_id, "
                + "district_id, file_name, content_type, size_bytes, sha256, data, status, submitted_by, submitted_at)"
                + " values ('HAZARD', ?, ?, ?, 'p.png', 'image/png', 12, 'x', ?, 'SUBMITTED', 'ent', now()) returning id",
                Long.class, hazardId, e.getId(), d, PNG);
        Long importId = jdbc.queryForObject("insert into result_import (file_name, status, district_id, started_at, "
                + "started_by) values ('a.xlsx', 'COMMITTED', ?, now(), ?) returning id", Long.class, d,
                inspector.getUsername());

        Long riskInformationId = fixtures.as(Fixtures.details(inspector), () -> riskInformation.receive(
                new RiskInformationDetails(RiskSource.REPORT, e.getId(), null, "举报", "匿名", null))).getId();
        Long incidentId = fixtures.as(Fixtures.details(head), () -> qualityIncidents.open(new IncidentDetails("事故",
                IncidentLevel.IV, e.getId(), null, "经过", java.time.Instant.now().minusSeconds(600), false, null)))
                .getId();
        Long clueId = fixtures.as(Fixtures.details(inspector), () -> clues.recordTransfer(e.getId(), "移送函",
                "涉嫌无证生产", today)).getId();
        Long openedClueId = fixtures.as(Fixtures.details(inspector), () -> clues.recordTransfer(e.getId(), "移送函2",
                "涉嫌虚假标注", today)).getId();
        Long caseId = fixtures.as(Fixtures.details(head), () -> clues.open(openedClueId, 0, new OpenCaseDetails(
                Set.of(inspector.getId(), second.getId()), PartyKind.ORGANISATION, "虚假标注", "产品质量法第五十三条",
                "属实", today))).getId();
        Long evidenceId = fixtures.as(Fixtures.details(inspector),
                () -> cases.addEvidence(caseId, EvidenceKind.PHOTO, "p.png", "image/png", PNG)).id();

        Map<Kind, Fixture> m = new LinkedHashMap<>();
        m.put(Kind.CLUE, fixture("enforcement_clue", clueId, "id", clueId));
        m.put(Kind.CASE, fixture("enforcement_case", caseId, "id", caseId, "evidenceId", evidenceId,
                "select count(*) from enforcement_case_step where case_id = ?",
                "select count(*) from enforcement_evidence where case_id = ?",
                "select count(*) from enforcement_clock_pause where case_id = ?"));
        Long listingId = fixtures.as(Fixtures.details(inspector), () -> {
            Long id = listings.propose(e.getId(), "严重违法失信").getId();
            return listings.perform(id, 0, ListingAction.NOTIFY, ListingInput.note(null)).getId();
        });
        Long openTaskId = specialInspections.dispatch("cross-district-open:" + e.getId(), "专项检查",
                List.of(e.getId()), today.plusDays(7)).get(0);
        String doneRef = "cross-district-done:" + e.getId();
        specialInspections.dispatch(doneRef, "专项检查", List.of(e.getId()), today.plusDays(7));
        var record = inspectionRuns.complete(doneRef, d).get(0);
        Long inspectionPhotoId = fixtures.as(Fixtures.details(inspector),
                () -> inspectionRecords.addPhoto(record.getId(), "p.png", "image/png", PNG)).id();
        m.put(Kind.INSPECTION_TASK, fixture("inspection_task", openTaskId, "id", openTaskId,
                "select string_agg(t::text, ',' order by user_id) from inspection_task_officer t where task_id = ?"));
        m.put(Kind.INSPECTION_RECORD, fixture("inspection_record", record.getId(), "id", record.getId(),
                "photoId", inspectionPhotoId, "answerId", record.getAnswers().get(0).getId(),
                "select count(*) from inspection_photo where record_id = ?",
                "select string_agg(t::text, ',' order by id) from inspection_answer t where record_id = ?"));
        m.put(Kind.LISTING, fixture("credit_listing", listingId, "id", listingId,
                "select count(*) from credit_entry where source_id = ?"));
        m.put(Kind.ENTERPRISE, fixture("enterprise", e.getId(), "id", e.getId(),
                "select count(*) from enterprise_incident where enterprise_id = ?",
                "select string_agg(t::text, ',') from enterprise_class t where enterprise_id = ?",
                "select count(*) from archive_entry where enterprise_id = ?"));
        m.put(Kind.LICENCE, fixture("production_licence", licenceId, "id", licenceId,
                "select count(*) from licence_transition where licence_id = ?"));
        m.put(Kind.PLAN, fixture("spot_check_plan", plan.getId(), "id", plan.getId(),
                "select string_agg(t::text, ',' order by district_id) from plan_quota t where plan_id = ?",
                "select count(*) from plan_category where plan_id = ?"));
        m.put(Kind.BATCH, fixture("sampling_batch", batch.getId(), "id", batch.getId(), "photoId", photoId,
                "select count(*) from batch_step where batch_id = ?",
                "select count(*) from batch_photo where batch_id = ?",
                "select string_agg(t::text, ',' order by id) from batch_result t where batch_id = ?"));
        m.put(Kind.IMPORT, fixture("result_import", importId, "id", importId));
        m.put(Kind.RISK_POINT, fixture("risk_point", point.getId(), "id", point.getId(),
                "select count(*) from risk_assessment where risk_point_id = ?"));
        m.put(Kind.HAZARD, fixture("hazard", hazardId, "id", hazardId,
                "select count(*) from hazard_step where hazard_id = ?"));
        m.put(Kind.CAMPAIGN, fixture("risk_campaign", campaign.getId(), "id", campaign.getId(), "fileId", fileId,
                "select count(*) from risk_campaign_file where campaign_id = ?",
                "select string_agg(t::text, ',' order by district_id) from risk_campaign_district t where campaign_id = ?"));
        m.put(Kind.DRAW, fixture("random_draw", draw.getId(), "id", draw.getId(),
                "select count(*) from random_draw_change where draw_id = ?",
                "select string_agg(t::text, ',' order by id) from random_draw_entry t where draw_id = ?",
                "select string_agg(t::text, ',' order by entry_id, position) from random_draw_entry_inspector t "
                        + "where entry_id in (select id from random_draw_entry where draw_id = ?)"));
        m.put(Kind.INBOX, fixture("inbox_message", messageId, "id", messageId));
        m.put(Kind.USER, fixture("app_user", inspector.getId(), "id", inspector.getId()));
        m.put(Kind.CATEGORY, fixture("product_category", category.getId(), "id", category.getId(),
                "select string_agg(t::text, ',' order by id) from test_item t where category_id = ?"));
        m.put(Kind.DISTRICT, fixture("district", d, "id", d));
        m.put(Kind.EVIDENCE, fixture("portal_evidence", portalEvidenceId, "id", portalEvidenceId));
        m.put(Kind.RISK_BANDS, new Fixture(vars("method", "LS", "version", 0L),
                () -> jdbc.queryForObject("select string_agg(t::text, ',' order by id) from risk_band t",
                        String.class)));
        m.put(Kind.RISK_INFORMATION, fixture("risk_information", riskInformationId, "id", riskInformationId));
        m.put(Kind.INCIDENT, fixture("quality_incident", incidentId, "id", incidentId,
                "select count(*) from incident_report where incident_id = ?"));
        for (Fixture f : m.values()) {
            f.vars().putIfAbsent("enterpriseId", e.getId());
            f.vars().putIfAbsent("categoryId", category.getId());
        }
        return m;
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            v.put((String) pairs[i], pairs[i + 1]);
        }
        return v;
    }

    /**
     * A record: its row as text, its non-denial audit rows, and what the extra
     * queries (each taking the id) say about its children. Pairs of variable
     * names and values come first, then the queries.
     */
    private Fixture fixture(String table, Long id, Object... varsThenQueries) {
        Map<String, Object> v = new LinkedHashMap<>();
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < varsThenQueries.length; i++) {
            if (varsThenQueries[i] instanceof String s && s.startsWith("select ")) {
                queries.add(s);
            } else {
                v.put((String) varsThenQueries[i], varsThenQueries[++i]);
            }
        }
        v.put("version", jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id));
        return new Fixture(v, () -> {
            StringBuilder sb = new StringBuilder(jdbc.queryForObject("select t::text from " + table
                    + " t where id = ?", String.class, id));
            sb.append(" audit=").append(jdbc.queryForObject("select count(*) from audit_event where entity_id = ? "
                    + "and action <> 'ACCESS_DENIED' and entity_type <> 'Dashboard'", Long.class, id));
            for (String q : queries) {
                sb.append(" | ").append(jdbc.queryForObject(q, String.class, id));
            }
            return sb.toString();
        });
    }
}
