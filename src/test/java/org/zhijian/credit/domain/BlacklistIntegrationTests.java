package org.zhijian.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.account.domain.User;
import org.zhijian.classification.domain.Classification;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.classification.domain.SupervisionClass;
import org.zhijian.draw.domain.DrawRequest;
import org.zhijian.draw.domain.DrawService;
import org.zhijian.draw.domain.RandomDraw;
import org.zhijian.enforcement.domain.CaseClosed;
import org.zhijian.enforcement.domain.PenaltyDecided;
import org.zhijian.enforcement.domain.PenaltyKind;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.ZhijianUserDetails;

/**
 * The blacklist path on PostgreSQL, from enforcement's events (published here as enforcement will):
 * a serious case closed, the proposal, the notice, the decision (class D, flagged in a draw), a removal
 * application after a year, its approval (class recomputed); and the automatic expiry at three years.
 * Time passing is the decision date moved back in the database.
 */
class BlacklistIntegrationTests extends PostgresIntegrationTests {

    @Autowired Clock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired ListingService listings;
    @Autowired CreditService credit;
    @Autowired ClassificationService classification;
    @Autowired EnterpriseService enterprises;
    @Autowired DrawService draws;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    District district;
    Enterprise enterprise;
    ZhijianUserDetails head;
    ZhijianUserDetails inspector;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId(), Industry.OTHER);
        fixtures.licence(enterprise, today.minusYears(1));
        head = Fixtures.details(fixtures.user(Role.HEAD, district.getId()));
        User first = fixtures.user(Role.INSPECTOR, district.getId());
        fixtures.user(Role.INSPECTOR, district.getId());
        inspector = Fixtures.details(first);
    }

    private <T> T as(ZhijianUserDetails u, Supplier<T> work) {
        return fixtures.as(u, work);
    }

    private void publishAsEnforcement(Object event) {
        as(inspector, () -> tx.execute(s -> {
            events.publishEvent(event);
            return null;
        }));
    }

    private Listing step(ZhijianUserDetails u, Long id, ListingAction action, ListingInput input) {
        return as(u, () -> {
            Listing l = listings.get(id);
            return listings.perform(id, l.getVersion(), action, input);
        });
    }

    private Listing reload(Long id) {
        return as(head, () -> listings.get(id));
    }

    private SupervisionClass currentClass() {
        return as(head, () -> classification.get(enterprise.getId()).effectiveClass());
    }

    @Test
    void fromASeriousCaseToTheListAndOffItByCreditRepair() throws Exception {
        long caseId = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L);
        String documentNumber = "台市监处罚〔2026〕" + caseId + "号";
        publishAsEnforcement(new PenaltyDecided(caseId, enterprise.getId(), district.getId(), documentNumber,
                Set.of(PenaltyKind.FINE, PenaltyKind.PRODUCTION_STOP), new BigDecimal("150000.00"), true, today,
                "生产销售不合格电线电缆", "《中华人民共和国产品质量法》第四十九条", "罚款人民币15万元,责令停产整顿"));
        publishAsEnforcement(new CaseClosed(caseId, enterprise.getId(), district.getId(), true, today));
        publishAsEnforcement(new CaseClosed(caseId, enterprise.getId(), district.getId(), true, today));

        assertThat(as(head, () -> credit.recordOf(enterprise.getId()))).extracting(CreditEntry::getKind)
                .containsExactly(CreditEntryKind.PENALTY);
        assertThat(credit.publicNotices(500)).extracting(PublicPenalty::documentNumber).contains(documentNumber);
        List<Listing> proposals = as(head, () -> listings.ofEnterprise(enterprise.getId()));
        assertThat(proposals).as("one proposal per closed serious case, however often it is told").hasSize(1);
        Listing proposal = proposals.get(0);
        assertThat(proposal.getStatus()).isEqualTo(ListingStatus.PROPOSED);
        assertThat(proposal.getSourceCaseId()).isEqualTo(caseId);
        assertThat(proposal.getReason()).contains(documentNumber);
        assertThat(listings.publicListings()).extracting(PublicListing::id).doesNotContain(proposal.getId());

        Long id = proposal.getId();
        assertThat(step(inspector, id, ListingAction.NOTIFY, ListingInput.note(null)).getNoticeNumber()).isNotBlank();
        assertThatThrownBy(() -> step(head, id, ListingAction.LIST, ListingInput.note(null)))
                .as("not before the enterprise was heard").isInstanceOf(BusinessRuleException.class);
        step(inspector, id, ListingAction.RECORD_STATEMENT, ListingInput.note("企业对列入无异议"));
        Listing listed = step(head, id, ListingAction.LIST, ListingInput.note(null));
        assertThat(listed.getStatus()).isEqualTo(ListingStatus.LISTED);
        assertThat(listed.getListedUntil()).isEqualTo(today.plusYears(3));

        assertThat(enterprises.getUnscoped(enterprise.getId()).isListed()).isTrue();
        assertThat(currentClass()).isEqualTo(SupervisionClass.D);
        List<Classification.Factor> factors = as(head, () -> classification.factorsOf(
                classification.get(enterprise.getId())));
        assertThat(factors).filteredOn(f -> f.key().equals("creditListing")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("true"));
        assertThat(listings.publicListings()).extracting(PublicListing::id).contains(id);
        assertThat(as(head, () -> enterprises.archive(enterprise.getId(), CreditService.ARCHIVE_CATEGORY,
                PageRequest.of(0, 50))).getTotalElements()).isGreaterThanOrEqualTo(3);

        RandomDraw draw = as(head, () -> draws.draw(new DrawRequest("失信企业专项抽查", null, null, null,
                SupervisionClass.D, 1, 2, 7L)));
        mvc.perform(get("/api/v1/draws/" + draw.getId()).with(user(head)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].enterpriseId").value(enterprise.getId()))
                .andExpect(jsonPath("$.entries[0].listed").value(true));

        ListingInput application = new ListingInput("已整改到位,罚款已缴清", true, true);
        assertThatThrownBy(() -> step(inspector, id, ListingAction.APPLY_REMOVAL, application))
                .as("not within the first year").isInstanceOf(BusinessRuleException.class);
        jdbc.update("update credit_listing set decided_on = ?, listed_until = ? where id = ?",
                today.minusYears(1).minusDays(1), today.minusYears(1).minusDays(1).plusYears(3), id);
        step(inspector, id, ListingAction.APPLY_REMOVAL, application);
        assertThat(reload(id).getStatus()).isEqualTo(ListingStatus.REMOVAL_APPLIED);
        assertThat(currentClass()).as("still listed while the application is reviewed").isEqualTo(SupervisionClass.D);
        assertThatThrownBy(() -> step(head, id, ListingAction.APPROVE_REMOVAL, ListingInput.note(" ")))
                .as("a removal decision gives its reasons").isInstanceOf(BusinessRuleException.class);
        step(head, id, ListingAction.APPROVE_REMOVAL, ListingInput.note("违法行为已纠正,罚款已缴纳,同意提前移出"));

        assertThat(reload(id).getStatus()).isEqualTo(ListingStatus.REMOVED);
        assertThat(enterprises.getUnscoped(enterprise.getId()).isListed()).isFalse();
        assertThat(currentClass()).isEqualTo(SupervisionClass.A);
        assertThat(as(head, () -> credit.recordOf(enterprise.getId()))).extracting(CreditEntry::getKind)
                .contains(CreditEntryKind.PENALTY, CreditEntryKind.LISTING, CreditEntryKind.REPAIR);
        assertThat(listings.publicListings()).extracting(PublicListing::id).doesNotContain(id);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Listing' and entity_id = ?",
                Long.class, id)).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aListingExpiresByItselfTheDayAfterItsThirdYear() {
        Long id = as(inspector, () -> listings.propose(enterprise.getId(), "拒不执行行政处罚决定")).getId();
        step(inspector, id, ListingAction.NOTIFY, ListingInput.note(null));
        step(inspector, id, ListingAction.RECORD_STATEMENT, ListingInput.note("无意见"));
        step(head, id, ListingAction.LIST, ListingInput.note(null));
        assertThat(currentClass()).isEqualTo(SupervisionClass.D);

        LocalDate lastDay = today.minusYears(3);
        jdbc.update("update credit_listing set decided_on = ?, listed_until = ? where id = ?", lastDay,
                lastDay.plusYears(3), id);
        listings.expireDue(today);
        assertThat(reload(id).getStatus()).as("its last day: still listed")
                .isEqualTo(ListingTerms.expired(lastDay, today) ? ListingStatus.EXPIRED : ListingStatus.LISTED);

        LocalDate ranOut = today.minusYears(3).minusDays(1);
        jdbc.update("update credit_listing set decided_on = ?, listed_until = ? where id = ?", ranOut,
                ranOut.plusYears(3), id);
        listings.expireDue(today);
        listings.expireDue(today);
        Listing expired = reload(id);
        assertThat(expired.getStatus()).isEqualTo(ListingStatus.EXPIRED);
        assertThat(expired.getEndedOn()).isEqualTo(today);
        assertThat(enterprises.getUnscoped(enterprise.getId()).isListed()).isFalse();
        assertThat(currentClass()).isEqualTo(SupervisionClass.A);
        assertThat(as(head, () -> credit.recordOf(enterprise.getId()))).extracting(CreditEntry::getKind)
                .containsOnlyOnce(CreditEntryKind.EXPIRY);
    }
}
