package org.zhijian.system.security;

import static org.zhijian.system.security.Actor.CITY_ADMIN;
import static org.zhijian.system.security.Actor.CITY_HEAD;
import static org.zhijian.system.security.Actor.CITY_INSPECTOR;
import static org.zhijian.system.security.Actor.DISTRICT_ADMIN;
import static org.zhijian.system.security.Actor.DISTRICT_HEAD;
import static org.zhijian.system.security.Actor.DISTRICT_INSPECTOR;
import static org.zhijian.system.security.Actor.ENTERPRISE_USER;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what: the role matrix, in this one place (the README's "Who may do
 * what" table is checked against it). Services call {@link AccessGuard#require}
 * before they change anything; which records a user may touch is a separate
 * question, answered by the district scope. Reading is open to every role within
 * its scope. Admins keep the records, inspectors do the field work, heads review
 * and decide: they record no field work. An enterprise's own user (issue 13) may do only the
 * enterprise's part, each inside its legal window: none of the bureau's actions.
 */
public enum Action {
    /** Register and edit enterprises. */
    EDIT_ENTERPRISE(CITY_ADMIN, DISTRICT_ADMIN),
    /** Record, edit and transition production licences. */
    EDIT_LICENCE(CITY_ADMIN, DISTRICT_ADMIN),
    /** The city-wide product catalogue: categories, risk class, test items and limits. */
    EDIT_CATALOGUE(CITY_ADMIN),
    /** The city-wide risk grading bands. */
    EDIT_RISK_BANDS(CITY_ADMIN),
    /** Districts of the city. */
    EDIT_DISTRICTS(CITY_ADMIN),
    /** Spot-check plans (a district admin: own district's plans and own quota only). */
    EDIT_PLAN(CITY_ADMIN, DISTRICT_ADMIN),
    /** Samplings, test results, evidence photos and agency imports. */
    RECORD_SAMPLING(CITY_ADMIN, DISTRICT_ADMIN, CITY_INSPECTOR, DISTRICT_INSPECTOR),
    /** Post-processing steps of a failed batch: notification, re-test, rectification order, re-inspection, closing. */
    RECORD_POST_PROCESSING(CITY_ADMIN, DISTRICT_ADMIN, CITY_INSPECTOR, DISTRICT_INSPECTOR),
    /** Publishing final results (公告). */
    PUBLISH_RESULTS(CITY_ADMIN, DISTRICT_ADMIN, CITY_HEAD, DISTRICT_HEAD),
    /** Risk points and their assessment. */
    RECORD_RISK_POINT(CITY_INSPECTOR, DISTRICT_INSPECTOR),
    /** Hidden hazards found in an investigation, with their rectification notice. */
    RECORD_HAZARD(CITY_INSPECTOR, DISTRICT_INSPECTOR),
    /** The enterprise's reported rectification of a hazard. */
    RECORD_HAZARD_RECTIFICATION(CITY_INSPECTOR, DISTRICT_INSPECTOR),
    /** Accepting, rejecting and striking off (销号) a hazard. */
    REVIEW_HAZARD(CITY_HEAD, DISTRICT_HEAD),
    /** Inspections done (they reset the classification's due date). */
    RECORD_INSPECTION(CITY_INSPECTOR, DISTRICT_INSPECTOR),
    /** Complaints and violations that feed the classification. */
    RECORD_INCIDENT(CITY_ADMIN, DISTRICT_ADMIN, CITY_INSPECTOR, DISTRICT_INSPECTOR),
    /** Overriding an enterprise's supervision class, with a reason. */
    OVERRIDE_CLASS(CITY_ADMIN, DISTRICT_ADMIN),
    /** Recomputing every enterprise's class in the city. */
    RECOMPUTE_CLASSES(CITY_ADMIN),
    /** Launching and closing screening campaigns. */
    MANAGE_CAMPAIGN(CITY_ADMIN, DISTRICT_ADMIN, CITY_HEAD, DISTRICT_HEAD),
    /** Double-random draws: drawing, replacing an inspector, publishing, recording conflicts of interest. */
    MANAGE_DRAW(CITY_ADMIN, DISTRICT_ADMIN, CITY_HEAD, DISTRICT_HEAD),
    /** Receiving risk information (风险信息): complaints, reports, media items, notices, monitoring. */
    RECORD_RISK_INFORMATION(CITY_ADMIN, DISTRICT_ADMIN, CITY_INSPECTOR, DISTRICT_INSPECTOR),
    /** Assessing risk information (研判) and closing it with an action. */
    ASSESS_RISK_INFORMATION(CITY_HEAD, DISTRICT_HEAD),
    /** Quality-safety incidents: opening, reports, the special inspection of the emergency response. */
    MANAGE_INCIDENT(CITY_ADMIN, DISTRICT_ADMIN, CITY_HEAD, DISTRICT_HEAD),
    /** Enforcement field work: clues entered by hand, a case's notice, statement, hearing, decision, delivery, execution, evidence, simple procedure. */
    RECORD_CASE(CITY_INSPECTOR, DISTRICT_INSPECTOR),
    /** Deciding on a clue: open a case, decline it, extend its verification. */
    DECIDE_CLUE(CITY_HEAD, DISTRICT_HEAD),
    /** A case's approvals: the 30-day extension, transfer to the judicial authorities, closing. */
    APPROVE_CASE(CITY_HEAD, DISTRICT_HEAD),
    /** Inspection tasks: generating them from the due list, assigning officers, cancelling with a reason. */
    MANAGE_INSPECTION_TASK(CITY_ADMIN, DISTRICT_ADMIN, CITY_HEAD, DISTRICT_HEAD),
    /** The city-wide inspection checklists and their revisions. */
    EDIT_CHECKLIST(CITY_ADMIN),
    /** Publishing random-inspection results on the public page. */
    PUBLISH_INSPECTION_RESULT(CITY_ADMIN, DISTRICT_ADMIN, CITY_HEAD, DISTRICT_HEAD),
    /** Inviting an enterprise's quality-safety director/officer to the enterprise side (企业端). */
    INVITE_ENTERPRISE_USER(CITY_ADMIN, DISTRICT_ADMIN),
    /** The industries' template risk lists (风险管控清单范本) enterprises start their own from. */
    EDIT_RISK_TEMPLATE(CITY_ADMIN),
    /** Reviewing (accepting or rejecting) the rectification evidence an enterprise uploaded. */
    REVIEW_EVIDENCE(CITY_INSPECTOR, DISTRICT_INSPECTOR),
    /** An enterprise's objection / re-test request within 15 days of notification. */
    REQUEST_OBJECTION(ENTERPRISE_USER),
    /** An enterprise's rectification evidence for a hazard or a spot-check rectification. */
    SUBMIT_EVIDENCE(ENTERPRISE_USER),
    /** An enterprise's own risk points, self-checks and the two regulations' daily/weekly/monthly records. */
    KEEP_SELF_CHECKS(ENTERPRISE_USER),
    /** Blacklist steps done by officers: a proposal by hand, the advance notice, the enterprise's statement, its removal application. */
    RECORD_LISTING(CITY_ADMIN, DISTRICT_ADMIN, CITY_INSPECTOR, DISTRICT_INSPECTOR),
    /** Deciding a listing (列入严重违法失信名单) and reviewing an early-removal application. */
    DECIDE_LISTING(CITY_HEAD, DISTRICT_HEAD);

    private final Set<Actor> actors;

    Action(Actor first, Actor... rest) {
        this.actors = EnumSet.of(first, rest);
    }

    public boolean allows(Actor actor) {
        return actors.contains(actor);
    }

    public Set<Actor> actors() {
        return EnumSet.copyOf(actors);
    }
}
