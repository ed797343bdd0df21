package org.zhijian.riskpoint.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.region.domain.Districts;
import org.zhijian.riskpoint.domain.OpenCampaigns;
import org.zhijian.riskpoint.domain.Assessment;
import org.zhijian.riskpoint.domain.GradingBands;
import org.zhijian.riskpoint.domain.PlaceKind;
import org.zhijian.riskpoint.domain.RiskBand;
import org.zhijian.riskpoint.domain.RiskBandService;
import org.zhijian.riskpoint.domain.RiskGrade;
import org.zhijian.riskpoint.domain.RiskMethod;
import org.zhijian.riskpoint.domain.RiskPoint;
import org.zhijian.riskpoint.domain.RiskPointQuery;
import org.zhijian.riskpoint.domain.RiskPointService;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

@Controller
@RequestMapping("/risk")
class RiskPointController {

    static final String LIST_VIEW = "riskpoint/points";
    static final String FORM_VIEW = "riskpoint/point-form";
    static final String DETAIL_VIEW = "riskpoint/point";
    static final String BANDS_VIEW = "riskpoint/bands";
    private static final int PAGE_SIZE = 20;

    private final RiskPointService points;
    private final RiskBandService bands;
    private final EnterpriseService enterprises;
    private final OpenCampaigns campaigns;
    private final Districts districts;
    private final AuditTrail audit;

    RiskPointController(RiskPointService points, RiskBandService bands, EnterpriseService enterprises,
                        OpenCampaigns campaigns, Districts districts, AuditTrail audit) {
        this.points = points;
        this.bands = bands;
        this.enterprises = enterprises;
        this.campaigns = campaigns;
        this.districts = districts;
        this.audit = audit;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/points")
    String list(@RequestParam(required = false) Long districtId, @RequestParam(required = false) RiskGrade grade,
                @RequestParam(required = false) Long enterpriseId, @RequestParam(required = false) Long campaignId,
                @RequestParam(defaultValue = "0") int page, Model model) {
        var query = new RiskPointQuery(districtId, enterpriseId, grade, campaignId);
        model.addAttribute("page", points.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Order.desc("score"), Sort.Order.asc("id")))));
        model.addAttribute("counts", points.countByGrade(districtId));
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("districtById", districts.byId());
        model.addAttribute("grades", RiskGrade.values());
        model.addAttribute("districtId", districtId);
        model.addAttribute("grade", grade);
        model.addAttribute("enterpriseId", enterpriseId);
        if (enterpriseId != null) {
            model.addAttribute("enterprise", enterprises.get(enterpriseId));
        }
        return LIST_VIEW;
    }

    @GetMapping("/points/new")
    String newForm(@RequestParam Long enterpriseId, @RequestParam(required = false) Long campaignId, Model model) {
        RiskPointForm form = new RiskPointForm();
        form.setEnterpriseId(enterpriseId);
        form.setCampaignId(campaignId);
        model.addAttribute("riskPointForm", form);
        return showForm(model, null, enterpriseId);
    }

    @PostMapping("/points")
    String create(@Valid @ModelAttribute("riskPointForm") RiskPointForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            RiskPoint p = points.record(form.toDetails());
            redirect.addFlashAttribute("flash", "risk.point.created");
            return "redirect:/risk/points/" + p.getId();
        }).orElseGet(() -> showForm(model, null, form.getEnterpriseId()));
    }

    @GetMapping("/points/{id}")
    String show(@PathVariable Long id, Model model) {
        RiskPoint p = points.get(id);
        model.addAttribute("point", p);
        model.addAttribute("enterprise", p.getEnterprise());
        model.addAttribute("assessments", points.assessmentsOf(id));
        model.addAttribute("history", audit.historyIfPermitted(RiskPointService.ENTITY, id));
        return DETAIL_VIEW;
    }

    @GetMapping("/points/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        RiskPoint p = points.get(id);
        model.addAttribute("riskPointForm", RiskPointForm.of(p));
        return showForm(model, id, p.getEnterprise().getId());
    }

    @PostMapping("/points/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("riskPointForm") RiskPointForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            points.update(id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("flash", "risk.point.updated");
            return "redirect:/risk/points/" + id;
        }).orElseGet(() -> showForm(model, id, form.getEnterpriseId()));
    }

    @GetMapping("/bands")
    String bands(Model model) {
        if (!model.containsAttribute("bandForms")) {
            model.addAttribute("bandForms", BandForm.from(bands.rows(RiskMethod.LS), bands.rows(RiskMethod.LEC)));
        }
        model.addAttribute("lsRows", bands.rows(RiskMethod.LS));
        model.addAttribute("lecRows", bands.rows(RiskMethod.LEC));
        return BANDS_VIEW;
    }

    @PostMapping("/bands/{method}")
    String changeBands(@PathVariable RiskMethod method, @ModelAttribute("bandForm") BandForm form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            int moved = bands.change(method, form.toThresholds());
            redirect.addFlashAttribute("flash", "risk.band.changed");
            redirect.addFlashAttribute("regraded", moved);
            return "redirect:/risk/bands";
        } catch (BusinessRuleException e) {
            model.addAttribute("bandError", e);
            model.addAttribute("bandErrorMethod", method);
            return bands(model);
        }
    }

    private String showForm(Model model, Long id, Long enterpriseId) {
        model.addAttribute("pointId", id);
        model.addAttribute("enterprise", enterprises.get(enterpriseId));
        model.addAttribute("placeKinds", PlaceKind.values());
        model.addAttribute("methods", RiskMethod.values());
        model.addAttribute("lsValues", plain(Assessment.LS_VALUES));
        model.addAttribute("lecL", plain(Assessment.LEC_L));
        model.addAttribute("lecE", plain(Assessment.LEC_E));
        model.addAttribute("lecC", plain(Assessment.LEC_C));
        model.addAttribute("openCampaigns", campaigns.forCurrentUser());
        return FORM_VIEW;
    }

    private static List<String> plain(List<BigDecimal> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.stripTrailingZeros().toPlainString()));
        return out;
    }

    /** The four thresholds of one method as the band page edits them. */
    public static class BandForm {

        private List<BigDecimal> values = new ArrayList<>();
        private List<Boolean> inclusive = new ArrayList<>();

        static java.util.Map<RiskMethod, BandForm> from(List<RiskBand> ls, List<RiskBand> lec) {
            return java.util.Map.of(RiskMethod.LS, of(ls), RiskMethod.LEC, of(lec));
        }

        static BandForm of(List<RiskBand> rows) {
            BandForm f = new BandForm();
            rows.forEach(r -> {
                f.values.add(r.getThreshold().stripTrailingZeros());
                f.inclusive.add(r.isInclusive());
            });
            return f;
        }

        List<GradingBands.Threshold> toThresholds() {
            List<GradingBands.Threshold> list = new ArrayList<>();
            RiskGrade[] grades = RiskGrade.values();
            for (int i = 0; i < grades.length; i++) {
                BigDecimal v = i < values.size() ? values.get(i) : null;
                if (v == null) {
                    throw new BusinessRuleException("values", "risk.band.incomplete");
                }
                boolean inc = i < inclusive.size() && Boolean.TRUE.equals(inclusive.get(i));
                list.add(new GradingBands.Threshold(grades[i], v, inc));
            }
            return list;
        }

        public List<BigDecimal> getValues() {
            return values;
        }

        public void setValues(List<BigDecimal> values) {
            this.values = values;
        }

        public List<Boolean> getInclusive() {
            return inclusive;
        }

        public void setInclusive(List<Boolean> inclusive) {
            this.inclusive = inclusive;
        }
    }
}
