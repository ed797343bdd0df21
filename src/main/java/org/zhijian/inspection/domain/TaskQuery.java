package org.zhijian.inspection.domain;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** A task list: by district, state, source, officer, or only the overdue ones (open and past their due date). */
public record TaskQuery(Long districtId, TaskStatus status, TaskSource source, Long officerId, boolean overdueOnly) {

    public TaskQuery withDistrict(Long district) {
        return new TaskQuery(district, status, source, officerId, overdueOnly);
    }

    public Specification<InspectionTask> toSpecification(LocalDate today) {
        return (root, query, cb) -> {
            if (query.getResultType() == InspectionTask.class) {
                root.fetch("enterprise", JoinType.INNER);
            }
            List<Predicate> where = new ArrayList<>();
            if (districtId != null) {
                where.add(cb.equal(root.get("districtId"), districtId));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (source != null) {
                where.add(cb.equal(root.get("source"), source));
            }
            if (officerId != null) {
                where.add(cb.isMember(officerId, root.get("officers")));
            }
            if (overdueOnly) {
                where.add(root.get("status").in(TaskStatus.PENDING, TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS));
                where.add(cb.lessThan(root.get("dueOn"), today));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
