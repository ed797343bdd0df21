package org.zhijian.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.incident.domain.RiskInformationAssessed;
import org.zhijian.inspection.domain.SpecialInspections;

/**
 * An in-memory stand-in for the inspection module's {@link SpecialInspections}, for the incident
 * tests while that module is built on another branch: tasks are kept here, and a test marks them
 * done. Imported explicitly ({@code @Import(FakeSpecialInspections.class)}), never found by scanning.
 * It also keeps the {@link RiskInformationAssessed} events it sees, as enforcement would.
 * Delete at merge once the inspection module implements the interface.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeSpecialInspections {

    @Bean
    Fake fakeSpecialInspections(JdbcTemplate jdbc) {
        return new Fake(jdbc);
    }

    public static class Fake implements SpecialInspections {

        public record Task(long id, String reference, String title, long enterpriseId, long districtId,
                           LocalDate dueOn, boolean done) {
        }

        private final JdbcTemplate jdbc;
        private final AtomicLong ids = new AtomicLong(1000);
        private final List<Task> tasks = new CopyOnWriteArrayList<>();
        private final List<RiskInformationAssessed> assessed = new CopyOnWriteArrayList<>();

        Fake(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public synchronized List<Long> dispatch(String reference, String title, Collection<Long> enterpriseIds,
                                                LocalDate dueOn) {
            List<Long> out = new ArrayList<>();
            for (Long e : enterpriseIds) {
                Task existing = tasks.stream().filter(t -> t.reference().equals(reference) && t.enterpriseId() == e)
                        .findFirst().orElse(null);
                if (existing != null) {
                    out.add(existing.id());
                    continue;
                }
                Long district = jdbc.queryForObject("select district_id from enterprise where id = ?", Long.class, e);
                Task t = new Task(ids.incrementAndGet(), reference, title, e, district, dueOn, false);
                tasks.add(t);
                out.add(t.id());
            }
            return out;
        }

        @Override
        public List<DistrictProgress> progress(String reference) {
            Map<Long, int[]> byDistrict = new TreeMap<>();
            for (Task t : tasks) {
                if (t.reference().equals(reference)) {
                    int[] c = byDistrict.computeIfAbsent(t.districtId(), k -> new int[2]);
                    c[0]++;
                    if (t.done()) {
                        c[1]++;
                    }
                }
            }
            List<DistrictProgress> out = new ArrayList<>();
            byDistrict.forEach((d, c) -> out.add(new DistrictProgress(d, c[0], c[1], 0)));
            return out;
        }

        /** Marks every task of the reference in the district done, as submitted records would. */
        public synchronized void complete(String reference, long districtId) {
            tasks.replaceAll(t -> t.reference().equals(reference) && t.districtId() == districtId
                    ? new Task(t.id(), t.reference(), t.title(), t.enterpriseId(), t.districtId(), t.dueOn(), true) : t);
        }

        public List<Task> tasksOf(String reference) {
            return tasks.stream().filter(t -> t.reference().equals(reference)).toList();
        }

        @EventListener
        public void on(RiskInformationAssessed event) {
            assessed.add(event);
        }

        public List<RiskInformationAssessed> assessed() {
            return List.copyOf(assessed);
        }
    }
}
