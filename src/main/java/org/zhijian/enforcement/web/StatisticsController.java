package org.zhijian.enforcement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.enforcement.domain.CaseService;
import org.zhijian.region.domain.Districts;

/** The enforcement figures (执法统计): cases opened, closed, overdue, fines imposed and collected, by district and month. */
@Controller
@RequestMapping("/enforcement/statistics")
class StatisticsController {

    static final String VIEW = "enforcement/statistics";

    private final CaseService cases;
    private final Districts districts;
    private final EnforcementExports exports;

    StatisticsController(CaseService cases, Districts districts, EnforcementExports exports) {
        this.cases = cases;
        this.districts = districts;
        this.exports = exports;
    }

    @GetMapping
    String show(@RequestParam(required = false) Long districtId, Model model) {
        model.addAttribute("figures", cases.figures(districtId));
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("districtById", districts.byId());
        model.addAttribute("districtId", districtId);
        return VIEW;
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) Long districtId, HttpServletResponse response) throws IOException {
        exports.figures(cases.figures(districtId), response);
    }
}
