package org.zhijian.enterprise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** An {@link ArchiveEvent} becomes exactly the archive line it describes. */
class ArchiveTimelineTests {

    final ArchiveEntryRepository entries = mock(ArchiveEntryRepository.class);

    @Test
    void writesTheLineTheEventDescribes() {
        Instant at = Instant.parse("2026-03-01T02:00:00Z");
        new ArchiveTimeline(entries, mock(javax.sql.DataSource.class)).on(ArchiveEvent.of(7L, at,
                ArchiveEvent.LICENCE, "archive.licence.recorded", "/licences/3", "XK06-001-00021", null,
                LocalDate.of(2031, 2, 28)));

        ArgumentCaptor<ArchiveEntry> saved = ArgumentCaptor.forClass(ArchiveEntry.class);
        verify(entries).save(saved.capture());
        ArchiveEntry entry = saved.getValue();
        assertThat(entry.getEnterpriseId()).isEqualTo(7L);
        assertThat(entry.getOccurredAt()).isEqualTo(at);
        assertThat(entry.getCategory()).isEqualTo("LICENCE");
        assertThat(entry.getMessageCode()).isEqualTo("archive.licence.recorded");
        assertThat(entry.getLink()).isEqualTo("/licences/3");
        assertThat(entry.args()).containsExactly("XK06-001-00021", "", "2031-02-28");
        assertThat(entry.getActor()).as("no security context: the system acts").isEqualTo("system");
    }
}
