package org.zhijian.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhijian.system.BusinessRuleException;

class DrawEngineTests {

    private static List<DrawEngine.Candidate> candidates(int n) {
        List<DrawEngine.Candidate> list = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            list.add(new DrawEngine.Candidate(100 + i, i % 2 == 0 ? 1L : 2L));
        }
        return list;
    }

    private static final Map<Long, List<Long>> ROSTER = Map.of(1L, List.of(11L, 12L, 13L, 14L),
            2L, List.of(21L, 22L, 23L));

    @Test
    void theSameSeedGivesTheSameDraw() {
        var a = DrawEngine.draw(42L, 10, 2, candidates(30), ROSTER, Set.of());
        var b = DrawEngine.draw(42L, 10, 2, candidates(30), ROSTER, Set.of());
        assertThat(a).isEqualTo(b).hasSize(10);
    }

    @Test
    void theOrderCandidatesArriveInDoesNotMatter() {
        List<DrawEngine.Candidate> shuffled = new ArrayList<>(candidates(30));
        Collections.reverse(shuffled);
        Map<Long, List<Long>> reversedRoster = Map.of(1L, List.of(14L, 13L, 12L, 11L), 2L, List.of(23L, 21L, 22L));
        assertThat(DrawEngine.draw(7L, 8, 2, shuffled, reversedRoster, Set.of()))
                .isEqualTo(DrawEngine.draw(7L, 8, 2, candidates(30), ROSTER, Set.of()));
    }

    @Test
    void anotherSeedGivesAnotherDraw() {
        assertThat(DrawEngine.draw(1L, 10, 2, candidates(30), ROSTER, Set.of()))
                .isNotEqualTo(DrawEngine.draw(2L, 10, 2, candidates(30), ROSTER, Set.of()));
    }

    @Test
    void inspectorsComeFromTheEnterprisesDistrictAndAreDistinct() {
        for (DrawEngine.Pick p : DrawEngine.draw(5L, 20, 2, candidates(20), ROSTER, Set.of())) {
            long district = (p.enterpriseId() - 100) % 2 == 0 ? 1L : 2L;
            assertThat(ROSTER.get(district)).containsAll(p.inspectorIds());
            assertThat(new HashSet<>(p.inspectorIds())).hasSize(2);
        }
    }

    @Test
    void anInspectorWithAConflictIsNeverDrawnForThatEnterprise() {
        Set<DrawEngine.Conflict> conflicts = new HashSet<>();
        for (DrawEngine.Candidate c : candidates(20)) {
            if (c.districtId() == 2L) {
                conflicts.add(new DrawEngine.Conflict(21L, c.enterpriseId()));
            }
        }
        for (long seed = 0; seed < 50; seed++) {
            for (DrawEngine.Pick p : DrawEngine.draw(seed, 20, 2, candidates(20), ROSTER, conflicts)) {
                assertThat(conflicts).doesNotContain(new DrawEngine.Conflict(p.inspectorIds().get(0), p.enterpriseId()),
                        new DrawEngine.Conflict(p.inspectorIds().get(1), p.enterpriseId()));
            }
        }
    }

    @Test
    void tooFewEligibleInspectorsIsRefused() {
        Set<DrawEngine.Conflict> conflicts = Set.of(new DrawEngine.Conflict(21L, 101L), new DrawEngine.Conflict(22L, 101L));
        assertThatThrownBy(() -> DrawEngine.draw(3L, 30, 2, candidates(30), ROSTER, conflicts))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> DrawEngine.draw(3L, 1, 1, candidates(3), ROSTER, Set.of()))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void drawingMoreThanThereAreTakesAll() {
        assertThat(DrawEngine.draw(9L, 50, 2, candidates(5), ROSTER, Set.of())).hasSize(5);
    }
}
