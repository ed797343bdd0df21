package org.zhijian.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.enforcement.domain.CaseAction;
import org.zhijian.enforcement.domain.CaseCommand;
import org.zhijian.enforcement.domain.CaseService;
import org.zhijian.enforcement.domain.ClueService;
import org.zhijian.enforcement.domain.EvidenceKind;
import org.zhijian.enforcement.domain.OpenCaseDetails;
import org.zhijian.enforcement.domain.SimpleCaseDetails;
import org.zhijian.licence.domain.LicenceStatus;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.credit.domain.ListingAction;
import org.zhijian.credit.domain.ListingService;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.licence.domain.LicenceService;
import org.zhijian.region.domain.Districts;
import org.zhijian.campaign.domain.CampaignService;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.draw.domain.DrawService;
import org.zhijian.hazard.domain.HazardAction;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.incident.domain.IncidentService;
import org.zhijian.incident.domain.RiskInformationService;
import org.zhijian.riskpoint.domain.RiskBandService;
import org.zhijian.riskpoint.domain.RiskPointService;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PlanService;
import org.zhijian.portal.domain.EnterpriseAccounts;
import org.zhijian.portal.domain.EvidenceService;
import org.zhijian.portal.domain.ObjectionService;
import org.zhijian.portal.domain.SelfCheckService;
import org.zhijian.resultimport.domain.ResultImportService;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * The role matrix (issue 9, point 6): the README's "Who may do what" table is
 * the one in {@link Action}, and every guarded service method refuses (403)
 * exactly the kinds of user the matrix leaves out. Each call is made with an id
 * that does not exist (or no details), so an allowed user gets past the guard
 * and fails on the data instead, inside a transaction that is rolled back.
 */
class RoleMatrixTests extends PostgresIntegrationTests {

    private static final long NONE = Long.MAX_VALUE;

    @Autowired EnterpriseService enterprises;
    @Autowired LicenceService licences;
    @Autowired CatalogueService catalogue;
    @Autowired RiskBandService bands;
    @Autowired Districts districts;
    @Autowired PlanService plans;
    @Autowired BatchService batches;
    @Autowired ResultImportService imports;
    @Autowired RiskPointService points;
    @Autowired HazardService hazards;
    @Autowired ClassificationService classification;
    @Autowired CampaignService campaigns;
    @Autowired DrawService draws;
    @Autowired RiskInformationService riskInformation;
    @Autowired IncidentService qualityIncidents;
    @Autowired ClueService clues;
    @Autowired CaseService cases;
    @Autowired org.zhijian.inspection.domain.InspectionTaskService inspectionTasks;
    @Autowired org.zhijian.inspection.domain.InspectionRecordService inspectionRecords;
    @Autowired org.zhijian.inspection.domain.ChecklistService checklists;
    @Autowired EnterpriseAccounts portalAccounts;
    @Autowired EvidenceService evidence;
    @Autowired ObjectionService objections;
    @Autowired SelfCheckService selfChecks;
    @Autowired ListingService listings;
    @Autowired TransactionTemplate tx;

    private final Map<Actor, ZhijianUserDetails> users = new EnumMap<>(Actor.class);

    @BeforeEach
    void users() {
        Long district = fixtures.district().getId();
        for (Actor a : Actor.values()) {
            User u = a == Actor.ENTERPRISE_USER ? fixtures.enterpriseUser(fixtures.enterprise(district))
                    : fixtures.user(a.role(), a.isCityWide() ? null : district);
            users.put(a, Fixtures.details(u));
        }
    }

    /** Every service call each action guards; a new action without calls here fails the test. */
    private Map<Action, List<Runnable>> calls() {
        Map<Action, List<Runnable>> m = new EnumMap<>(Action.class);
        m.put(Action.EDIT_ENTERPRISE, List.of(() -> enterprises.create(null),
                () -> enterprises.update(NONE, 0, null)));
        m.put(Action.EDIT_LICENCE, List.of(() -> licences.record(null), () -> licences.update(NONE, 0, null),
                () -> licences.transition(NONE, 0, null, "r", "b")));
        m.put(Action.EDIT_CATALOGUE, List.of(() -> catalogue.create(null), () -> catalogue.update(NONE, 0, null),
                () -> catalogue.addItem(NONE, "n", null, null, null),
                () -> catalogue.changeItem(NONE, NONE, null, null, null), () -> catalogue.getForEdit(NONE)));
        m.put(Action.EDIT_RISK_BANDS, List.of(() -> bands.change(null, null)));
        m.put(Action.EDIT_DISTRICTS, List.of(() -> districts.create(null, null, null, 0),
                () -> districts.update(NONE, 0, null, null, 0)));
        m.put(Action.EDIT_PLAN, List.of(() -> plans.create(null), () -> plans.update(NONE, 0, null)));
        m.put(Action.RECORD_SAMPLING, List.of(() -> batches.record(null), () -> batches.record(null, null, null, null),
                () -> batches.recordResults(NONE, 0, null, null, null), () -> batches.addPhoto(NONE, "a.jpg",
                        "image/jpeg", new byte[0]), () -> imports.start(null, "x.xlsx", null),
                () -> imports.importNow(null, "x.xlsx", null)));
        m.put(Action.RECORD_POST_PROCESSING, List.of(() -> batches.advance(NONE, 0, null)));
        m.put(Action.PUBLISH_RESULTS, List.of(() -> batches.publishFinal(NONE), () -> batches.publish(NONE)));
        m.put(Action.RECORD_RISK_POINT, List.of(() -> points.record(null), () -> points.update(NONE, 0, null)));
        m.put(Action.RECORD_HAZARD, List.of(() -> hazards.record(null),
                () -> inspectionRecords.openHazard(NONE, NONE)));
        m.put(Action.RECORD_HAZARD_RECTIFICATION, List.of(() -> hazards.perform(NONE, 0, HazardAction.RECTIFY, "n")));
        m.put(Action.REVIEW_HAZARD, List.of(() -> hazards.perform(NONE, 0, HazardAction.ACCEPT, "n"),
                () -> hazards.perform(NONE, 0, HazardAction.REJECT, "n"),
                () -> hazards.perform(NONE, 0, HazardAction.CLOSE, "n")));
        m.put(Action.RECORD_INSPECTION, List.of(() -> classification.recordInspection(NONE, 0, null),
                () -> inspectionTasks.start(NONE, 0), () -> inspectionRecords.submit(NONE, NONE, null),
                () -> inspectionRecords.correct(NONE, "r", NONE, null),
                () -> inspectionRecords.addPhoto(NONE, "a.jpg", "image/jpeg", new byte[0]),
                () -> inspectionRecords.sendClue(NONE, NONE)));
        m.put(Action.MANAGE_INSPECTION_TASK, List.of(() -> inspectionTasks.generateFromDueList(null, null, "t"),
                () -> inspectionTasks.assign(NONE, 0, null), () -> inspectionTasks.cancel(NONE, 0, "r")));
        m.put(Action.EDIT_CHECKLIST, List.of(() -> checklists.create("c", "n", null, null),
                () -> checklists.revise(NONE, 0, "n", null)));
        m.put(Action.PUBLISH_INSPECTION_RESULT, List.of(() -> inspectionRecords.publish(NONE, 0)));
        m.put(Action.RECORD_INCIDENT, List.of(() -> classification.recordIncident(NONE, null, null, null)));
        m.put(Action.OVERRIDE_CLASS, List.of(() -> classification.override(NONE, 0, null, "r")));
        m.put(Action.RECOMPUTE_CLASSES, List.of(() -> classification.recomputeAllAsAdmin()));
        m.put(Action.MANAGE_CAMPAIGN, List.of(() -> campaigns.launch(null), () -> campaigns.close(NONE, 0)));
        m.put(Action.MANAGE_DRAW, List.of(() -> draws.draw(null), () -> draws.replaceInspector(NONE, NONE, NONE,
                NONE, "r"), () -> draws.publish(NONE), () -> draws.recordConflict(NONE, NONE, "r")));
        m.put(Action.RECORD_RISK_INFORMATION, List.of(() -> riskInformation.receive(null)));
        m.put(Action.ASSESS_RISK_INFORMATION, List.of(() -> riskInformation.startAssessment(NONE, 0),
                () -> riskInformation.assess(NONE, 0, null)));
        m.put(Action.MANAGE_INCIDENT, List.of(() -> qualityIncidents.open(null),
                () -> qualityIncidents.report(NONE, 0, null, "r"), () -> qualityIncidents.dispatch(NONE, 0, null)));
        m.put(Action.RECORD_CASE, List.of(() -> clues.recordTransfer(NONE, "l", "s", null),
                () -> cases.perform(NONE, 0, CaseCommand.of(CaseAction.ISSUE_NOTICE, null, null)),
                () -> cases.perform(NONE, 0, CaseCommand.of(CaseAction.DECIDE, null, null)),
                () -> cases.addEvidence(NONE, EvidenceKind.PHOTO, "a.jpg", "image/jpeg", new byte[0]),
                () -> cases.decideOnTheSpot(new SimpleCaseDetails(NONE, null, null, null, null, null, null, null,
                        null)),
                () -> licences.applyPenalty(NONE, NONE, LicenceStatus.SUSPENDED, "r", "b")));
        m.put(Action.DECIDE_CLUE, List.of(() -> clues.extend(NONE, 0, "r"), () -> clues.decline(NONE, 0, "r"),
                () -> clues.open(NONE, 0, new OpenCaseDetails(null, null, null, null, null, null))));
        m.put(Action.APPROVE_CASE, List.of(() -> cases.perform(NONE, 0, CaseCommand.of(CaseAction.EXTEND, null, "r")),
                () -> cases.perform(NONE, 0, CaseCommand.of(CaseAction.TRANSFER, null, "r")),
                () -> cases.perform(NONE, 0, CaseCommand.of(CaseAction.CLOSE, null, null))));
        m.put(Action.INVITE_ENTERPRISE_USER, List.of(() -> portalAccounts.invite(null, "u", "n"),
                () -> portalAccounts.list()));
        m.put(Action.EDIT_RISK_TEMPLATE, List.of(() -> selfChecks.addTemplate(null)));
        m.put(Action.REVIEW_EVIDENCE, List.of(() -> evidence.review(NONE, 0, true, "r")));
        m.put(Action.REQUEST_OBJECTION, List.of(() -> objections.request(NONE, "r")));
        m.put(Action.SUBMIT_EVIDENCE, List.of(() -> evidence.submit(null)));
        m.put(Action.KEEP_SELF_CHECKS, List.of(() -> selfChecks.record(null), () -> selfChecks.startFromTemplate(),
                () -> selfChecks.recordDuty(null, null, null, 0)));
        m.put(Action.RECORD_LISTING, List.of(() -> listings.propose(NONE, "r"),
                () -> listings.perform(NONE, 0, ListingAction.NOTIFY, null),
                () -> listings.perform(NONE, 0, ListingAction.APPLY_REMOVAL, null)));
        m.put(Action.DECIDE_LISTING, List.of(() -> listings.perform(NONE, 0, ListingAction.LIST, null),
                () -> listings.perform(NONE, 0, ListingAction.APPROVE_REMOVAL, null)));
        return m;
    }

    @Test
    void everyGuardedServiceCallFollowsTheMatrix() {
        Map<Action, List<Runnable>> calls = calls();
        assertThat(calls.keySet()).as("every action of the matrix has its service calls here")
                .containsExactlyInAnyOrder(Action.values());
        List<String> wrong = new ArrayList<>();
        calls.forEach((action, list) -> {
            for (int i = 0; i < list.size(); i++) {
                Runnable call = list.get(i);
                for (Actor actor : Actor.values()) {
                    Throwable t = fixtures.as(users.get(actor), () -> catchThrowable(() -> rolledBack(call)));
                    boolean refused = t instanceof AccessDeniedException;
                    if (refused == action.allows(actor)) {
                        wrong.add(action + " call #" + i + " as " + actor + (refused ? " refused" : " let through: " + t));
                    }
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    private void rolledBack(Runnable call) {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            call.run();
        });
    }

    @Test
    void theReadmeTableIsTheMatrix() throws Exception {
        Map<Action, Set<Actor>> table = readmeTable(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertThat(table.keySet()).containsExactlyInAnyOrder(Action.values());
        for (Action a : Action.values()) {
            assertThat(table.get(a)).as("README row %s", a).isEqualTo(a.actors());
        }
    }

    @Test
    void aHeadRecordsNoFieldWork() {
        for (Action a : List.of(Action.RECORD_SAMPLING, Action.RECORD_POST_PROCESSING, Action.RECORD_RISK_POINT,
                Action.RECORD_HAZARD, Action.RECORD_HAZARD_RECTIFICATION, Action.RECORD_INSPECTION,
                Action.RECORD_INCIDENT)) {
            assertThat(a.allows(Actor.CITY_HEAD) || a.allows(Actor.DISTRICT_HEAD)).as(a.name()).isFalse();
        }
        assertThatThrownBy(() -> fixtures.as(users.get(Actor.DISTRICT_HEAD), () -> hazards.record(null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The "Who may do what" section: one row per action, the code in backticks, ✓ where allowed. */
    static Map<Action, Set<Actor>> readmeTable(String readme) {
        int start = readme.indexOf("## Who may do what");
        assertThat(start).as("README has a \"Who may do what\" section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<Actor> columns = List.of(Actor.CITY_ADMIN, Actor.DISTRICT_ADMIN, Actor.CITY_HEAD, Actor.DISTRICT_HEAD,
                Actor.CITY_INSPECTOR, Actor.DISTRICT_INSPECTOR, Actor.ENTERPRISE_USER);
        Map<Action, Set<Actor>> rows = new EnumMap<>(Action.class);
        for (String line : section.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            String code = cells[1].substring(cells[1].indexOf('`') + 1, cells[1].lastIndexOf('`'));
            Set<Actor> allowed = java.util.EnumSet.noneOf(Actor.class);
            for (int c = 0; c < columns.size(); c++) {
                if (cells[c + 2].contains("✓")) {
                    allowed.add(columns.get(c));
                }
            }
            rows.put(Action.valueOf(code), allowed);
        }
        return rows;
    }
}
