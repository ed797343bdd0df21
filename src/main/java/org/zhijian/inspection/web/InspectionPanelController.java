package org.zhijian.inspection.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.inspection.domain.InspectionRecordService;
import org.zhijian.inspection.domain.InspectionTaskService;
import org.zhijian.inspection.domain.ResultCategory;
import org.zhijian.inspection.domain.TaskStatus;
import org.zhijian.region.domain.Districts;

/** The inspection panel: per district, tasks done against tasks due, overdue ones, and results by category. */
@Controller
@RequestMapping("/inspection/panel")
class InspectionPanelController {

    static final String VIEW = "inspection/panel";

    private final InspectionTaskService tasks;
    private final InspectionRecordService records;
    private final Districts districts;

    InspectionPanelController(InspectionTaskService tasks, InspectionRecordService records, Districts districts) {
        this.tasks = tasks;
        this.records = records;
        this.districts = districts;
    }

    /** One district's line: tasks (not cancelled), done, open and overdue, and records per result category. */
    record Line(Long districtId, long tasks, long done, long overdue, Map<ResultCategory, Long> results) {
    }

    @GetMapping
    String panel(@RequestParam(required = false) Long districtId, Model model) {
        Map<Long, long[]> taskCounts = new TreeMap<>();
        tasks.countsByDistrict(districtId).forEach((district, byStatus) -> {
            long[] c = taskCounts.computeIfAbsent(district, d -> new long[3]);
            byStatus.forEach((status, n) -> {
                if (status != TaskStatus.CANCELLED) {
                    c[0] += n[0];
                    c[2] += n[1];
                }
                if (status == TaskStatus.DONE) {
                    c[1] += n[0];
                }
            });
        });
        Map<Long, Map<ResultCategory, Long>> results = new TreeMap<>();
        for (Object[] row : records.countsByDistrictAndResult(districtId)) {
            results.computeIfAbsent((Long) row[0], d -> new LinkedHashMap<>())
                    .put((ResultCategory) row[1], ((Number) row[2]).longValue());
        }
        Map<Long, Line> lines = new TreeMap<>();
        for (Long d : taskCounts.keySet()) {
            long[] c = taskCounts.get(d);
            lines.put(d, new Line(d, c[0], c[1], c[2], results.getOrDefault(d, Map.of())));
        }
        results.forEach((d, r) -> lines.putIfAbsent(d, new Line(d, 0, 0, 0, r)));
        model.addAttribute("lines", lines.values());
        model.addAttribute("categories", ResultCategory.values());
        model.addAttribute("districtById", districts.byId());
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("districtId", districtId);
        return VIEW;
    }
}
