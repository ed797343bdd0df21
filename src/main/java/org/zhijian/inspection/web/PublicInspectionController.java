package org.zhijian.inspection.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhijian.inspection.domain.InspectionRecordService;
import org.zhijian.region.domain.Districts;

/** 一公开: random-inspection results, readable without logging in; the result category only, never notes. */
@Controller
@RequestMapping("/public/inspections")
class PublicInspectionController {

    static final String LIST_VIEW = "public/inspections";
    private static final int LIMIT = 200;

    private final InspectionRecordService records;
    private final Districts districts;

    PublicInspectionController(InspectionRecordService records, Districts districts) {
        this.records = records;
        this.districts = districts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("results", records.published(LIMIT).stream().map(PublicResult::of).toList());
        model.addAttribute("districtById", districts.byId());
        return LIST_VIEW;
    }

    /** What the public sees of a record: who, when, which draw, the category. Nothing else leaves. */
    record PublicResult(String enterpriseName, String creditCode, Long districtId, java.time.LocalDate inspectedOn,
                        java.time.LocalDate publishedOn, Long drawId, String drawTitle, String resultCode) {

        static PublicResult of(org.zhijian.inspection.domain.InspectionRecord r) {
            return new PublicResult(r.getEnterprise().getName(), r.getEnterprise().getCreditCode().value(),
                    r.getDistrictId(), r.getInspectedOn(), r.getPublishedOn(), r.getTask().getDrawId(),
                    r.getTask().getTitle(), r.getResultCategory().messageCode());
        }
    }
}
