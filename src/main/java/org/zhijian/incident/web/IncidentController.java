package org.zhijian.incident.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.incident.domain.IncidentLevel;
import org.zhijian.incident.domain.IncidentQuery;
import org.zhijian.incident.domain.IncidentReportKind;
import org.zhijian.incident.domain.IncidentService;
import org.zhijian.incident.domain.IncidentStatus;
import org.zhijian.incident.domain.QualityIncident;
import org.zhijian.incident.domain.RiskAction;
import org.zhijian.incident.domain.RiskSource;
import org.zhijian.inspection.domain.SpecialInspections.DistrictProgress;
import org.zhijian.region.domain.District;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

@Controller
@RequestMapping("/incidents")
class IncidentController {

    static final String LIST_VIEW = "incident/incidents";
    static final String FORM_VIEW = "incident/incident-form";
    static final String DETAIL_VIEW = "incident/incident";
    static final String FIGURES_VIEW = "incident/figures";
    private static final int PAGE_SIZE = 20;

    private final IncidentService incidents;
    private final EnterpriseService enterprises;
    private final Districts districts;
    private final AuditTrail audit;
    private final IncidentExports exports;

    IncidentController(IncidentService incidents, EnterpriseService enterprises, Districts districts,
                       AuditTrail audit, IncidentExports exports) {
        this.incidents = incidents;
        this.enterprises = enterprises;
        this.districts = districts;
        this.audit = audit;
        this.exports = exports;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    /** One district's line of the live progress table. */
    record ProgressLine(Long districtId, String district, int tasks, int done, int overdue, boolean finished) {
    }

    /** What the incident page polls: each district's progress and whether every task is done. */
    record ProgressView(List<ProgressLine> districts, boolean finished) {
    }

    @GetMapping
    String list(@RequestParam(required = false) Long districtId, @RequestParam(required = false) IncidentStatus status,
                @RequestParam(required = false) IncidentLevel level, @RequestParam(required = false) Boolean drill,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", incidents.search(new IncidentQuery(districtId, status, level, drill),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "occurredAt", "id"))));
        model.addAttribute("now", incidents.now());
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("levels", IncidentLevel.values());
        model.addAttribute("districtId", districtId);
        model.addAttribute("status", status);
        model.addAttribute("level", level);
        model.addAttribute("drill", drill);
        return LIST_VIEW;
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) Long districtId, @RequestParam(required = false) IncidentStatus status,
                @RequestParam(required = false) IncidentLevel level, @RequestParam(required = false) Boolean drill,
                HttpServletResponse response) throws IOException {
        exports.incidents(new IncidentQuery(districtId, status, level, drill), response);
    }

    @GetMapping("/figures")
    String figures(@RequestParam(required = false) Long districtId, Model model) {
        model.addAttribute("figures", incidents.figures(districtId));
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("districtNames", districts.byId());
        model.addAttribute("districtId", districtId);
        model.addAttribute("levels", IncidentLevel.values());
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("sources", RiskSource.values());
        model.addAttribute("actions", RiskAction.values());
        return FIGURES_VIEW;
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long enterpriseId, Model model) {
        IncidentForm form = new IncidentForm();
        form.setEnterpriseId(enterpriseId);
        form.setLevel(IncidentLevel.IV);
        form.setOccurredAt(LocalDateTime.ofInstant(incidents.now(), incidents.zone()).withSecond(0).withNano(0));
        model.addAttribute("incidentForm", form);
        return showForm(model, form);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("incidentForm") IncidentForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            QualityIncident i = incidents.open(form.toDetails(incidents.zone()));
            redirect.addFlashAttribute("flash", "incident.created");
            return "redirect:/incidents/" + i.getId();
        }).orElseGet(() -> showForm(model, form));
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        QualityIncident i = incidents.get(id);
        List<DistrictProgress> progress = incidents.progress(id);
        model.addAttribute("incident", i);
        model.addAttribute("now", incidents.now());
        model.addAttribute("districtName", i.getDistrictId() == null ? null : districts.name(i.getDistrictId()));
        model.addAttribute("reports", incidents.reportsOf(id));
        model.addAttribute("progress", view(progress));
        model.addAttribute("canDispatch", incidents.canDispatch() && !i.getStatus().isClosed());
        model.addAttribute("reportKinds", IncidentReportKind.values());
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("history", audit.historyIfPermitted(IncidentService.ENTITY, id));
        if (!model.containsAttribute("reportForm")) {
            ReportForm f = new ReportForm();
            f.setVersion(i.getVersion());
            f.setKind(i.isInitialReportDue() ? IncidentReportKind.INITIAL : IncidentReportKind.FOLLOW_UP);
            model.addAttribute("reportForm", f);
        }
        if (!model.containsAttribute("dispatchForm")) {
            DispatchForm f = new DispatchForm();
            f.setVersion(i.getVersion());
            f.setDueOn(incidents.today().plusDays(7));
            model.addAttribute("dispatchForm", f);
        }
        return DETAIL_VIEW;
    }

    @GetMapping(value = "/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ProgressView progress(@PathVariable Long id) {
        incidents.get(id);
        return view(incidents.progress(id));
    }

    @PostMapping("/{id}/reports")
    String report(@PathVariable Long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            incidents.report(id, form.getVersion(), form.getKind(), form.getContent());
            redirect.addFlashAttribute("flash", "incident.reported");
            return "redirect:/incidents/" + id;
        }).orElseGet(() -> {
            response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
            return show(id, model);
        });
    }

    @PostMapping("/{id}/special-inspection")
    String dispatch(@PathVariable Long id, @Valid @ModelAttribute("dispatchForm") DispatchForm form,
                    BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            incidents.dispatch(id, form.getVersion(), form.toOrder());
            redirect.addFlashAttribute("flash", "incident.dispatched");
            return "redirect:/incidents/" + id;
        }).orElseGet(() -> {
            response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
            return show(id, model);
        });
    }

    private ProgressView view(List<DistrictProgress> progress) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        Map<Long, District> byId = districts.byId();
        List<ProgressLine> lines = progress.stream().map(p -> new ProgressLine(p.districtId(),
                byId.containsKey(p.districtId()) ? byId.get(p.districtId()).name(locale) : String.valueOf(p.districtId()),
                p.tasks(), p.done(), p.overdue(), p.finished())).toList();
        return new ProgressView(lines, incidents.inspectionFinished(progress));
    }

    private String showForm(Model model, IncidentForm form) {
        model.addAttribute("enterprise", form.getEnterpriseId() == null ? null
                : enterprises.get(form.getEnterpriseId()));
        model.addAttribute("levels", IncidentLevel.values());
        model.addAttribute("districtList", districts.visible());
        return FORM_VIEW;
    }
}
