package org.zhijian.hazard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.security.Actor;

class HazardActionTests {

    @Test
    void theLifecycleRunsNotifiedRectifiedAcceptedClosed() {
        HazardStatus s = HazardStatus.NOTIFIED;
        s = HazardAction.RECTIFY.apply(s, "evidence");
        assertThat(s).isEqualTo(HazardStatus.RECTIFIED_AWAITING_ACCEPTANCE);
        s = HazardAction.ACCEPT.apply(s, null);
        assertThat(s).isEqualTo(HazardStatus.ACCEPTED);
        s = HazardAction.CLOSE.apply(s, null);
        assertThat(s).isEqualTo(HazardStatus.CLOSED);
        assertThat(HazardAction.availableFrom(HazardStatus.CLOSED)).isEmpty();
    }

    @Test
    void rejectionGoesBackToNotified() {
        assertThat(HazardAction.REJECT.apply(HazardStatus.RECTIFIED_AWAITING_ACCEPTANCE, "not interlocked"))
                .isEqualTo(HazardStatus.NOTIFIED);
    }

    @Test
    void noStepCanBeSkipped() {
        assertThatThrownBy(() -> HazardAction.ACCEPT.apply(HazardStatus.NOTIFIED, null))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> HazardAction.CLOSE.apply(HazardStatus.NOTIFIED, null))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> HazardAction.CLOSE.apply(HazardStatus.RECTIFIED_AWAITING_ACCEPTANCE, null))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> HazardAction.RECTIFY.apply(HazardStatus.ACCEPTED, "x"))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void evidenceAndReasonsAreRequired() {
        assertThatThrownBy(() -> HazardAction.RECTIFY.apply(HazardStatus.NOTIFIED, " "))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).getField()).isEqualTo("note");
        assertThatThrownBy(() -> HazardAction.REJECT.apply(HazardStatus.RECTIFIED_AWAITING_ACCEPTANCE, null))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void headsReviewAndInspectorsRecordTheRectification() {
        assertThat(HazardAction.ACCEPT.permission().allows(Actor.DISTRICT_HEAD)).isTrue();
        assertThat(HazardAction.ACCEPT.permission().allows(Actor.DISTRICT_INSPECTOR)).isFalse();
        assertThat(HazardAction.REJECT.permission().allows(Actor.CITY_ADMIN)).isFalse();
        assertThat(HazardAction.CLOSE.permission().allows(Actor.CITY_INSPECTOR)).isFalse();
        assertThat(HazardAction.RECTIFY.permission().allows(Actor.DISTRICT_INSPECTOR)).isTrue();
        assertThat(HazardAction.RECTIFY.permission().allows(Actor.DISTRICT_HEAD)).isFalse();
    }
}
