package org.zhijian.campaign.domain;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PDF output is optional: a report that cannot be rendered must not stop the start or the others. */
class CampaignReportBackfillTests {

    @Test
    void aFailingReportIsLoggedAndTheNextCampaignStillGetsItsReports() {
        CampaignRepository repository = mock(CampaignRepository.class);
        CampaignService service = mock(CampaignService.class);
        when(repository.findClosedWithoutReports()).thenReturn(List.of(1L, 2L));
        doThrow(new UncheckedIOException(new java.io.IOException("font"))).when(service).archiveDeferredReports(1L);

        new CampaignReportBackfill(repository, service).renderDeferredReports();

        verify(service).archiveDeferredReports(2L);
    }
}
