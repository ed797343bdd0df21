package org.zhijian.licence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhijian.licence.domain.LicenceStatus.CANCELLED;
import static org.zhijian.licence.domain.LicenceStatus.DEREGISTERED;
import static org.zhijian.licence.domain.LicenceStatus.EXPIRED;
import static org.zhijian.licence.domain.LicenceStatus.REVOKED;
import static org.zhijian.licence.domain.LicenceStatus.SUSPENDED;
import static org.zhijian.licence.domain.LicenceStatus.VALID;
import static org.zhijian.licence.domain.LicenceStatus.WITHDRAWN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseDetails;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.enterprise.domain.SocialCreditCode;
import org.zhijian.system.BusinessRuleException;

class LicenceStatusTests {

    /** The whole table of DOMAIN.md: every pair not listed here is forbidden. */
    static final Map<LicenceStatus, Set<LicenceStatus>> ALLOWED = Map.of(
            VALID, EnumSet.of(SUSPENDED, WITHDRAWN, REVOKED, CANCELLED, DEREGISTERED, EXPIRED),
            SUSPENDED, EnumSet.of(VALID, WITHDRAWN, REVOKED, CANCELLED, DEREGISTERED, EXPIRED),
            WITHDRAWN, EnumSet.of(DEREGISTERED),
            REVOKED, EnumSet.of(DEREGISTERED),
            CANCELLED, EnumSet.of(DEREGISTERED),
            EXPIRED, EnumSet.of(DEREGISTERED),
            DEREGISTERED, EnumSet.noneOf(LicenceStatus.class));

    @ParameterizedTest
    @EnumSource(LicenceStatus.class)
    void everyAllowedAndForbiddenTransition(LicenceStatus from) {
        for (LicenceStatus to : LicenceStatus.values()) {
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
        }
    }

    @Test
    void onlyValidIsInForce() {
        assertThat(EnumSet.allOf(LicenceStatus.class).stream().filter(LicenceStatus::isInForce)).containsExactly(VALID);
    }

    @Test
    void aLicenceRecordsEachMoveWithReasonAndBasis() {
        ProductionLicence l = licence();
        LicenceTransition t = l.moveTo(SUSPENDED, "抽查不合格", "《条例》第四十八条", "admin", Instant.EPOCH);
        assertThat(l.getStatus()).isEqualTo(SUSPENDED);
        assertThat(t.getFromStatus()).isEqualTo(VALID);
        assertThat(t.getToStatus()).isEqualTo(SUSPENDED);
        assertThat(t.getReason()).isEqualTo("抽查不合格");
        assertThat(t.getActor()).isEqualTo("admin");
    }

    @Test
    void aForbiddenMoveLeavesTheLicenceAsItWas() {
        ProductionLicence l = licence();
        l.moveTo(REVOKED, "欺骗取得", "《行政许可法》第六十九条", "admin", Instant.EPOCH);
        assertThatThrownBy(() -> l.moveTo(VALID, "恢复", "无", "admin", Instant.EPOCH))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageCode()).isEqualTo("licence.transition.forbidden"));
        assertThat(l.getStatus()).isEqualTo(REVOKED);
    }

    @Test
    void reasonAndLegalBasisAreRequired() {
        ProductionLicence l = licence();
        assertThatThrownBy(() -> l.moveTo(SUSPENDED, " ", "依据", "admin", Instant.EPOCH))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("reason"));
        assertThatThrownBy(() -> l.moveTo(SUSPENDED, "理由", "", "admin", Instant.EPOCH))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getField()).isEqualTo("legalBasis"));
        assertThat(l.getStatus()).isEqualTo(VALID);
    }

    private static ProductionLicence licence() {
        Enterprise e = new Enterprise(new EnterpriseDetails("企业", SocialCreditCode.parse("91330100799655058B"), 1L,
                Industry.WIRE_CABLE, EnterpriseStatus.ACTIVE, null, null, null, null), "admin", Instant.EPOCH);
        return new ProductionLicence(e, new LicenceDetails(LicenceNumber.parse("XK06-001-00001"), 1L, "电线电缆",
                "低压电力电缆", LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31), null), "admin", Instant.EPOCH);
    }
}
