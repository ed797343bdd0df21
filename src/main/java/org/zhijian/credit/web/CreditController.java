package org.zhijian.credit.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.zhijian.credit.domain.CreditService;
import org.zhijian.credit.domain.Listing;
import org.zhijian.credit.domain.ListingFilter;
import org.zhijian.credit.domain.ListingNoticePdf;
import org.zhijian.credit.domain.ListingService;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

/** The blacklist pages, the credit record of an enterprise and the internal list of penalty notices. */
@Controller
@RequestMapping("/credit")
class CreditController {

    static final String LISTINGS_VIEW = "credit/listings";
    static final String LISTING_VIEW = "credit/listing";
    static final String RECORD_VIEW = "credit/record";
    static final String PENALTIES_VIEW = "credit/penalties";
    private static final int PAGE_SIZE = 20;

    private final ListingService listings;
    private final CreditService credit;
    private final ListingNoticePdf notice;
    private final EnterpriseService enterprises;
    private final Districts districts;
    private final CreditExports exports;
    private final AuditTrail audit;

    CreditController(ListingService listings, CreditService credit, ListingNoticePdf notice,
                     EnterpriseService enterprises, Districts districts, CreditExports exports, AuditTrail audit) {
        this.listings = listings;
        this.credit = credit;
        this.notice = notice;
        this.enterprises = enterprises;
        this.districts = districts;
        this.exports = exports;
        this.audit = audit;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String home() {
        return "redirect:/credit/listings";
    }

    @GetMapping("/listings")
    String list(@RequestParam(defaultValue = "ALL") ListingFilter filter,
                @RequestParam(required = false) Long districtId, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("page", listings.search(districtId, filter.statuses(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "proposedOn", "id"))));
        model.addAttribute("terms", listings.terms());
        model.addAttribute("today", listings.today());
        model.addAttribute("filters", ListingFilter.values());
        model.addAttribute("filter", filter);
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("districtId", districtId);
        return LISTINGS_VIEW;
    }

    @GetMapping("/listings.xlsx")
    void exportListings(@RequestParam(defaultValue = "ALL") ListingFilter filter,
                        @RequestParam(required = false) Long districtId, HttpServletResponse response)
            throws IOException {
        exports.listings(filter, districtId, response);
    }

    @GetMapping("/listings/{id}")
    String show(@PathVariable Long id, Model model) {
        Listing l = listings.get(id);
        model.addAttribute("listing", l);
        model.addAttribute("enterprise", l.getEnterprise());
        model.addAttribute("terms", listings.terms());
        model.addAttribute("today", listings.today());
        var actions = listings.actionsFor(l);
        model.addAttribute("actions", actions);
        model.addAttribute("history", audit.historyIfPermitted(ListingService.ENTITY, id));
        if (!model.containsAttribute("listingActionForm")) {
            ListingActionForm f = new ListingActionForm();
            f.setVersion(l.getVersion());
            f.setAction(actions.isEmpty() ? null : actions.get(0));
            model.addAttribute("listingActionForm", f);
        }
        return LISTING_VIEW;
    }

    @PostMapping("/listings/{id}/actions")
    String act(@PathVariable Long id, @Valid @ModelAttribute("listingActionForm") ListingActionForm form,
               BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            listings.perform(id, form.getVersion(), form.getAction(), form.toInput());
            redirect.addFlashAttribute("flash", "credit.acted");
            return "redirect:/credit/listings/" + id;
        }).orElseGet(() -> {
            response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
            return show(id, model);
        });
    }

    @GetMapping("/listings/{id}/notice.pdf")
    ResponseEntity<byte[]> noticePdf(@PathVariable Long id, Locale locale) {
        Listing l = listings.get(id);
        byte[] pdf = notice.render(l, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(l.getNoticeNumber() + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/enterprises/{id}")
    String record(@PathVariable Long id, Model model) {
        model.addAttribute("enterprise", enterprises.get(id));
        model.addAttribute("lines", credit.recordOf(id));
        model.addAttribute("listings", listings.ofEnterprise(id));
        model.addAttribute("penalties", credit.noticesOf(id));
        model.addAttribute("terms", listings.terms());
        model.addAttribute("today", listings.today());
        if (!model.containsAttribute("proposalForm")) {
            model.addAttribute("proposalForm", new ProposalForm());
        }
        return RECORD_VIEW;
    }

    @PostMapping("/enterprises/{id}/listings")
    String propose(@PathVariable Long id, @Valid @ModelAttribute("proposalForm") ProposalForm form,
                   BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).save(() -> {
            Listing l = listings.propose(id, form.getReason());
            redirect.addFlashAttribute("flash", "credit.proposed");
            return "redirect:/credit/listings/" + l.getId();
        }).orElseGet(() -> {
            response.setStatus(400);
            return record(id, model);
        });
    }

    @GetMapping("/penalties")
    String penalties(@RequestParam(required = false) Long districtId, @RequestParam(defaultValue = "0") int page,
                     Model model) {
        model.addAttribute("page", credit.searchNotices(districtId, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Direction.DESC, "decidedOn", "id"))));
        model.addAttribute("today", credit.today());
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("districtId", districtId);
        return PENALTIES_VIEW;
    }

    @GetMapping("/penalties.xlsx")
    void exportPenalties(@RequestParam(required = false) Long districtId, HttpServletResponse response)
            throws IOException {
        exports.penalties(districtId, response);
    }
}
