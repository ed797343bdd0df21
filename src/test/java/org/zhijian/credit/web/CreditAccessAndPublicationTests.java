package org.zhijian.credit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zhijian.credit.domain.Listing;
import org.zhijian.credit.domain.ListingAction;
import org.zhijian.credit.domain.ListingInput;
import org.zhijian.credit.domain.ListingService;
import org.zhijian.enforcement.domain.PenaltyDecided;
import org.zhijian.enforcement.domain.PenaltyKind;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseDetails;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.ZhijianUserDetails;

/**
 * Another district's credit records are refused by page and API; the public pages and the feed show
 * published penalties and listings only, while their period runs, and none of the internal fields.
 */
class CreditAccessAndPublicationTests extends PostgresIntegrationTests {

    private static final String STATEMENT = "内部陈述意见" + UUID.randomUUID();
    private static final String DECISION_NOTE = "内部决定意见" + UUID.randomUUID();

    @Autowired MockMvc mvc;
    @Autowired Clock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired ListingService listings;
    @Autowired EnterpriseService enterprises;
    @Autowired JdbcTemplate jdbc;

    District district;
    Enterprise enterprise;
    ZhijianUserDetails head;
    ZhijianUserDetails inspector;
    ZhijianUserDetails otherDistrict;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        district = fixtures.district();
        String name = "椒江<&>\"质量\"公司" + Fixtures.next();
        enterprise = fixtures.asSystemAdmin(() -> enterprises.create(new EnterpriseDetails(name,
                Fixtures.uniqueCreditCode(), district.getId(), Industry.OTHER, EnterpriseStatus.ACTIVE, null, null,
                null, null)));
        head = Fixtures.details(fixtures.user(Role.HEAD, district.getId()));
        inspector = Fixtures.details(fixtures.user(Role.INSPECTOR, district.getId()));
        otherDistrict = Fixtures.details(fixtures.user(Role.INSPECTOR, fixtures.district().getId()));
    }

    private String penalty(Set<PenaltyKind> kinds, LocalDate decidedOn) {
        long caseId = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L);
        String number = "台市监处罚〔2026〕" + caseId + "号";
        fixtures.as(inspector, () -> tx.execute(s -> {
            events.publishEvent(new PenaltyDecided(caseId, enterprise.getId(), district.getId(), number, kinds,
                    new BigDecimal("20000.00"), false, decidedOn, "生产不合格产品", "《产品质量法》第四十九条",
                    "罚款人民币2万元"));
            return null;
        }));
        return number;
    }

    private Listing listed() {
        Long id = fixtures.as(inspector, () -> listings.propose(enterprise.getId(), "严重违法失信行为")).getId();
        step(inspector, id, ListingAction.NOTIFY, null);
        step(inspector, id, ListingAction.RECORD_STATEMENT, STATEMENT);
        return step(head, id, ListingAction.LIST, DECISION_NOTE);
    }

    private Listing step(ZhijianUserDetails u, Long id, ListingAction action, String note) {
        return fixtures.as(u, () -> listings.perform(id, listings.get(id).getVersion(), action,
                ListingInput.note(note)));
    }

    private String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anotherDistrictsCreditRecordsAreRefusedByPageAndApi() throws Exception {
        penalty(Set.of(PenaltyKind.FINE), today);
        Listing l = listed();
        for (String path : List.of("/credit/enterprises/" + enterprise.getId(), "/credit/listings/" + l.getId(),
                "/api/v1/credit/enterprises/" + enterprise.getId(), "/api/v1/credit/listings/" + l.getId(),
                "/credit/listings/" + l.getId() + "/notice.pdf")) {
            mvc.perform(get(path).with(user(otherDistrict))).andExpect(status().isNotFound());
        }
        String list = body(mvc.perform(get("/api/v1/credit/listings?size=200").with(user(otherDistrict)))
                .andExpect(status().isOk()).andReturn());
        assertThat(list).doesNotContain("\"id\":" + l.getId() + ",");
        mvc.perform(get("/credit/enterprises/" + enterprise.getId()).with(user(inspector)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/credit/enterprises/" + enterprise.getId()).with(user(head)))
                .andExpect(status().isOk());
    }

    @Test
    void thePublicPageShowsOnlyWhatIsPublishedAndInItsPeriodWithoutInternalFields() throws Exception {
        String current = penalty(Set.of(PenaltyKind.FINE), today);
        String oldWarning = penalty(Set.of(PenaltyKind.WARNING), today.minusMonths(4));
        String oldFine = penalty(Set.of(PenaltyKind.FINE), today.minusMonths(4));
        // a warning is public for three months from publication, any other penalty for three years
        jdbc.update("update credit_penalty_notice set published_on = decided_on, public_until = decided_on + 90"
                + " where document_number = ?", oldWarning);
        jdbc.update("update credit_penalty_notice set published_on = decided_on, public_until = decided_on + 1095"
                + " where document_number = ?", oldFine);
        Long proposedOnly = fixtures.as(inspector, () -> listings.propose(
                fixtures.enterprise(district.getId()).getId(), "仅提出建议")).getId();
        Listing l = listed();

        String page = body(mvc.perform(get("/public/credit")).andExpect(status().isOk()).andReturn());
        assertThat(page).contains(current, oldFine, enterprise.getCreditCode().value(), l.getDecisionNumber())
                .doesNotContain(oldWarning, STATEMENT, DECISION_NOTE, "仅提出建议", inspector.getUsername(),
                        head.getUsername());
        assertThat(page).as("the name is escaped").contains("椒江&lt;&amp;&gt;");
        assertThat(jdbc.queryForObject("select public_until - published_on from credit_penalty_notice"
                + " where document_number = ?", Integer.class, current)).isGreaterThan(1000);
        assertThat(proposedOnly).isNotNull();
    }

    @Test
    void theAtomFeedIsValidAtomWithTheEscapedNoticesNewestFirst() throws Exception {
        String older = penalty(Set.of(PenaltyKind.FINE), today.minusDays(10));
        jdbc.update("update credit_penalty_notice set published_on = decided_on where document_number = ?", older);
        String newer = penalty(Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION), today);
        MvcResult r = mvc.perform(get("/public/credit/feed.atom")).andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentType()).startsWith("application/atom+xml");

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()));
        Element feed = doc.getDocumentElement();
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").getLength()).isPositive();
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            titles.add(e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
            assertThat(e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent())
                    .startsWith("urn:zhijian:credit:");
        }
        int newerAt = indexOf(titles, newer);
        int olderAt = indexOf(titles, older);
        assertThat(newerAt).isNotNegative().isLessThan(olderAt);
        assertThat(titles.get(newerAt)).as("the enterprise's name, unescaped once parsed")
                .contains(enterprise.getName());
    }

    private static int indexOf(List<String> titles, String documentNumber) {
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).contains(documentNumber)) {
                return i;
            }
        }
        return -1;
    }
}
