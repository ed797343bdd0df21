package org.zhijian.draw.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.zhijian.system.BusinessRuleException;

/**
 * The double-random draw (双随机), computed from its seed alone: candidates and rosters are sorted
 * by id before they are shuffled with {@code java.util.Random(seed)}, so the same seed over the same
 * directory and roster always gives the same result. An inspector with a recorded conflict (回避)
 * with an enterprise is never drawn for it.
 */
public final class DrawEngine {

    public record Candidate(Long enterpriseId, Long districtId) {
    }

    public record Conflict(Long inspectorId, Long enterpriseId) {
    }

    public record Pick(Long enterpriseId, List<Long> inspectorIds) {
    }

    private DrawEngine() {
    }

    /**
     * Draws up to {@code count} enterprises and {@code perEnterprise} inspectors for each from the
     * roster of the enterprise's district. Refused when an enterprise has too few eligible inspectors.
     */
    public static List<Pick> draw(long seed, int count, int perEnterprise, List<Candidate> candidates,
                                  Map<Long, List<Long>> rosterByDistrict, Set<Conflict> conflicts) {
        if (perEnterprise < 2) {
            throw new BusinessRuleException("inspectorsPerEnterprise", "risk.draw.inspectors.atLeastTwo");
        }
        Random random = new Random(seed);
        List<Candidate> pool = new ArrayList<>(candidates);
        pool.sort(Comparator.comparing(Candidate::enterpriseId));
        Collections.shuffle(pool, random);
        List<Pick> picks = new ArrayList<>();
        for (Candidate c : pool.subList(0, Math.min(count, pool.size()))) {
            List<Long> eligible = new ArrayList<>(rosterByDistrict.getOrDefault(c.districtId(), List.of()).stream()
                    .filter(u -> !conflicts.contains(new Conflict(u, c.enterpriseId())))
                    .sorted()
                    .toList());
            if (eligible.size() < perEnterprise) {
                throw new BusinessRuleException("inspectorsPerEnterprise", "risk.draw.inspectors.insufficient",
                        c.enterpriseId(), eligible.size(), perEnterprise);
            }
            Collections.shuffle(eligible, random);
            picks.add(new Pick(c.enterpriseId(), List.copyOf(eligible.subList(0, perEnterprise))));
        }
        return picks;
    }
}
