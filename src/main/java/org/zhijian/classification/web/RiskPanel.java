package org.zhijian.classification.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.classification.domain.EnterpriseClass;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.riskpoint.domain.RiskGrade;
import org.zhijian.riskpoint.domain.RiskPoint;
import org.zhijian.riskpoint.domain.RiskPointService;

/**
 * The risk panel on the enterprise page (${@riskPanel.of(enterprise.id)}): its risk points by grade,
 * open hazards and class. Goes through the scoped services like any page.
 */
@Component("riskPanel")
@Transactional(readOnly = true)
public class RiskPanel {

    private final RiskPointService points;
    private final HazardService hazards;
    private final ClassificationService classification;

    RiskPanel(RiskPointService points, HazardService hazards, ClassificationService classification) {
        this.points = points;
        this.hazards = hazards;
        this.classification = classification;
    }

    public record Panel(Map<RiskGrade, Long> pointsByGrade, List<RiskPoint> points, List<Hazard> openHazards,
                        long overdue, EnterpriseClass cls) {
    }

    public Panel of(Long enterpriseId) {
        List<RiskPoint> list = points.ofEnterprise(enterpriseId);
        Map<RiskGrade, Long> byGrade = list.stream().collect(Collectors.groupingBy(RiskPoint::getGrade,
                () -> new java.util.EnumMap<>(RiskGrade.class), Collectors.counting()));
        List<Hazard> open = hazards.ofEnterprise(enterpriseId).stream().filter(h -> h.getStatus().isOpen()).toList();
        long overdue = open.stream().filter(h -> h.isOverdueOn(hazards.today())).count();
        return new Panel(byGrade, list, open, overdue, classification.of(enterpriseId).orElse(null));
    }
}
