package org.zhijian.campaign.web;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.Districts;
import org.zhijian.campaign.domain.Campaign;
import org.zhijian.campaign.domain.CampaignFile;
import org.zhijian.campaign.domain.CampaignService;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

@Controller
@RequestMapping("/risk/campaigns")
class CampaignController {

    static final String LIST_VIEW = "campaign/campaigns";
    static final String FORM_VIEW = "campaign/campaign-form";
    static final String DETAIL_VIEW = "campaign/campaign";

    private final CampaignService campaigns;
    private final HazardService hazards;
    private final Districts districts;
    private final AuditTrail audit;
    private final Clock clock;

    CampaignController(CampaignService campaigns, HazardService hazards, Districts districts, AuditTrail audit,
                       Clock clock) {
        this.campaigns = campaigns;
        this.hazards = hazards;
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.list());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        CampaignForm form = new CampaignForm();
        form.setStartsOn(LocalDate.now(clock));
        form.setEndsOn(LocalDate.now(clock).plusMonths(3));
        model.addAttribute("campaignForm", form);
        return showForm(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("campaignForm") CampaignForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            Campaign c = campaigns.launch(form.toDetails());
            redirect.addFlashAttribute("flash", "risk.campaign.created");
            return "redirect:/risk/campaigns/" + c.getId();
        }).orElseGet(() -> showForm(model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Campaign c = campaigns.get(id);
        model.addAttribute("campaign", c);
        model.addAttribute("findings", campaigns.findings(id));
        model.addAttribute("files", campaigns.archive(id));
        model.addAttribute("today", hazards.today());
        model.addAttribute("districtById", districts.byId());
        model.addAttribute("history", audit.historyIfPermitted(CampaignService.ENTITY, id));
        return DETAIL_VIEW;
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            campaigns.close(id, version);
            redirect.addFlashAttribute("flash", "risk.campaign.closedFlash");
        } catch (BusinessRuleException | StaleEditException e) {
            redirect.addFlashAttribute("closeError", e instanceof BusinessRuleException b ? b.getMessageCode()
                    : "edit.stale");
        }
        return "redirect:/risk/campaigns/" + id;
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable Long id, @PathVariable Long fileId) {
        CampaignFile f = campaigns.file(id, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(f.getContent());
    }

    private String showForm(Model model) {
        model.addAttribute("industryList", Industry.values());
        model.addAttribute("districtList", districts.visible());
        return FORM_VIEW;
    }
}
