package org.zhijian.inbox.domain;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhijian.hazard.domain.HazardEscalated;

/** Each head named by an escalation gets one overdue notice linking to the hazard. */
class HazardEscalationNoticesTests {

    final Inbox inbox = mock(Inbox.class);
    final LocalDate deadline = LocalDate.of(2026, 3, 1);

    @Test
    void tellsEveryHeadOfTheDistrict() {
        new HazardEscalationNotices(inbox).on(new HazardEscalated(5L, 9L, "ZG-2026-0005", "台州市某某有限公司",
                deadline, List.of(11L, 12L)));

        verify(inbox).send(11L, "inbox.hazard.overdue", "/risk/hazards/5", "ZG-2026-0005", "台州市某某有限公司",
                deadline);
        verify(inbox).send(12L, "inbox.hazard.overdue", "/risk/hazards/5", "ZG-2026-0005", "台州市某某有限公司",
                deadline);
        verifyNoMoreInteractions(inbox);
    }

    @Test
    void aDistrictWithoutAHeadIsToldNothing() {
        new HazardEscalationNotices(inbox).on(new HazardEscalated(5L, 9L, "ZG-2026-0005", "台州市某某有限公司",
                deadline, List.of()));

        verifyNoInteractions(inbox);
    }
}
