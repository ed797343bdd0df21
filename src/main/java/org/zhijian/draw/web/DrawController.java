package org.zhijian.draw.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.account.domain.User;
import org.zhijian.account.domain.Roster;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.Districts;
import org.zhijian.campaign.domain.CampaignService;
import org.zhijian.classification.domain.SupervisionClass;
import org.zhijian.draw.domain.DrawService;
import org.zhijian.draw.domain.RandomDraw;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.web.FormSubmission;
import org.zhijian.system.web.FormErrors;

@Controller
@RequestMapping("/draws")
class DrawController {

    static final String LIST_VIEW = "draw/draws";
    static final String FORM_VIEW = "draw/draw-form";
    static final String DETAIL_VIEW = "draw/draw";
    static final String CONFLICTS_VIEW = "draw/conflicts";

    private final DrawService draws;
    private final CampaignService campaigns;
    private final Districts districts;
    private final Roster roster;
    private final AuditTrail audit;
    private final org.zhijian.system.related.RelatedRecordsFinder related;

    DrawController(DrawService draws, CampaignService campaigns, Districts districts, Roster roster,
                   AuditTrail audit, org.zhijian.system.related.RelatedRecordsFinder related) {
        this.draws = draws;
        this.campaigns = campaigns;
        this.districts = districts;
        this.roster = roster;
        this.audit = audit;
        this.related = related;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("draws", draws.list());
        model.addAttribute("districtById", districts.byId());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("drawForm", new DrawForms.DrawForm());
        return showForm(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("drawForm") DrawForms.DrawForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            RandomDraw d = draws.draw(form.toRequest());
            redirect.addFlashAttribute("flash", "risk.draw.created");
            return "redirect:/draws/" + d.getId();
        }).orElseGet(() -> showForm(model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        DrawService.DrawView view = draws.view(id);
        model.addAttribute("view", view);
        model.addAttribute("districtById", districts.byId());
        model.addAttribute("reproduces", draws.reproducesOriginal(id));
        model.addAttribute("publishBy", draws.publishBy(view.draw()));
        model.addAttribute("publicationLate", draws.isPublicationLate(view.draw()));
        model.addAttribute("related", related.about("RandomDraw", id));
        model.addAttribute("history", audit.historyIfPermitted(DrawService.ENTITY, id));
        model.addAttribute("roster", rosterFor(view.draw().getDistrictId()));
        if (!model.containsAttribute("changeForm")) {
            model.addAttribute("changeForm", new DrawForms.ChangeForm());
        }
        return DETAIL_VIEW;
    }

    @PostMapping("/{id}/changes")
    String change(@PathVariable Long id, @Valid @ModelAttribute("changeForm") DrawForms.ChangeForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).save(() -> {
            draws.replaceInspector(id, form.getEntryId(), form.getOutgoingId(), form.getIncomingId(),
                    form.getReason());
            redirect.addFlashAttribute("flash", "risk.draw.changed");
            return "redirect:/draws/" + id;
        }).orElseGet(() -> {
            response.setStatus(400);
            return show(id, model);
        });
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable Long id, RedirectAttributes redirect) {
        draws.publish(id);
        redirect.addFlashAttribute("flash", "risk.draw.publishedFlash");
        return "redirect:/draws/" + id;
    }

    @GetMapping("/conflicts")
    String conflicts(Model model) {
        if (!model.containsAttribute("conflictForm")) {
            model.addAttribute("conflictForm", new DrawForms.ConflictForm());
        }
        model.addAttribute("conflicts", draws.conflicts());
        model.addAttribute("inspectors", rosterFor(null));
        return CONFLICTS_VIEW;
    }

    @PostMapping("/conflicts")
    String recordConflict(@Valid @ModelAttribute("conflictForm") DrawForms.ConflictForm form, BindingResult result,
                          Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).save(() -> {
            draws.recordConflict(form.getUserId(), form.getEnterpriseId(), form.getReason());
            redirect.addFlashAttribute("flash", "risk.conflict.recorded");
            return "redirect:/draws/conflicts";
        }).orElseGet(() -> {
            response.setStatus(400);
            return conflicts(model);
        });
    }

    /** Inspectors the user may assign: their district's, or every district's for city users. */
    private List<User> rosterFor(Long districtId) {
        Long d = draws.rosterDistrict(districtId);
        if (d != null) {
            return roster.inspectorsOf(d);
        }
        return roster.inspectorsOfEveryDistrict();
    }

    private String showForm(Model model) {
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("industryList", Industry.values());
        model.addAttribute("classList", SupervisionClass.values());
        model.addAttribute("campaignList", campaigns.list());
        return FORM_VIEW;
    }
}
