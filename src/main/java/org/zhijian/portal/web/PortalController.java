package org.zhijian.portal.web;

import org.zhijian.notification.domain.TodoInbox;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.RectificationNotice;
import org.zhijian.portal.domain.RectificationEvidence;
import org.zhijian.portal.domain.EvidenceService;
import org.zhijian.portal.domain.EvidenceSubject;
import org.zhijian.portal.domain.EvidenceSubmission;
import org.zhijian.portal.domain.ObjectionService;
import org.zhijian.portal.domain.PortalService;
import org.zhijian.system.BusinessRuleException;

/**
 * The enterprise side's pages (phone first, cards): the enterprise user's own enterprise only, and what
 * they may do inside its window. A refusal (window closed, wrong file) comes back as a message on the page.
 */
@Controller
@RequestMapping("/portal")
class PortalController {

    private final PortalService portal;
    private final ObjectionService objections;
    private final EvidenceService evidence;
    private final RectificationNotice notice;
    private final TodoInbox todo;

    PortalController(PortalService portal, ObjectionService objections, EvidenceService evidence,
                     RectificationNotice notice, TodoInbox todo) {
        this.todo = todo;
        this.portal = portal;
        this.objections = objections;
        this.evidence = evidence;
        this.notice = notice;
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("enterprise", portal.ownEnterprise());
        // what waits for this enterprise user (windows closing, deadlines): the same 我的待办 as the bureau's
        model.addAttribute("todo", todo.mine());
        return "portal/home";
    }

    @GetMapping("/batches")
    String batches(Model model) {
        model.addAttribute("enterprise", portal.ownEnterprise());
        model.addAttribute("batches", portal.batches());
        return "portal/batches";
    }

    @PostMapping("/batches/{id}/objection")
    String object(@PathVariable Long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return refusalShown(redirect, "/portal/batches#batch-" + id, "batch-" + id, Map.of("reason",
                reason == null ? "" : reason), () -> {
            objections.request(id, reason);
            redirect.addFlashAttribute("flash", "portal.objection.requested");
        });
    }

    @PostMapping("/batches/{id}/evidence")
    String batchEvidence(@PathVariable Long id, @RequestParam("file") MultipartFile file,
                         @RequestParam(required = false) String note, RedirectAttributes redirect) throws IOException {
        return upload(EvidenceSubject.BATCH, id, file, note, redirect, "/portal/batches#batch-" + id);
    }

    @GetMapping("/hazards")
    String hazards(Model model) {
        model.addAttribute("enterprise", portal.ownEnterprise());
        model.addAttribute("hazards", portal.hazards());
        return "portal/hazards";
    }

    @PostMapping("/hazards/{id}/evidence")
    String hazardEvidence(@PathVariable Long id, @RequestParam("file") MultipartFile file,
                          @RequestParam(required = false) String note, RedirectAttributes redirect)
            throws IOException {
        return upload(EvidenceSubject.HAZARD, id, file, note, redirect, "/portal/hazards#hazard-" + id);
    }

    @GetMapping("/hazards/{id}/notice.pdf")
    ResponseEntity<byte[]> noticePdf(@PathVariable Long id, Locale locale) {
        Hazard h = portal.hazard(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(h.getNoticeNumber() + ".pdf").build().toString())
                .body(notice.render(h, locale));
    }

    @GetMapping("/licences")
    String licences(Model model) {
        model.addAttribute("enterprise", portal.ownEnterprise());
        model.addAttribute("licences", portal.licences());
        return "portal/licences";
    }

    @GetMapping("/inspections")
    String inspections(Model model) {
        model.addAttribute("enterprise", portal.ownEnterprise());
        model.addAttribute("inspections", portal.inspections());
        return "portal/inspections";
    }

    @GetMapping("/penalties")
    String penalties(Model model) {
        model.addAttribute("enterprise", portal.ownEnterprise());
        model.addAttribute("penalties", portal.penalties());
        return "portal/penalties";
    }

    @GetMapping("/credit")
    String credit(Model model) {
        model.addAttribute("enterprise", portal.ownEnterprise());
        model.addAttribute("lines", portal.creditRecord());
        model.addAttribute("listings", portal.listings());
        return "portal/credit";
    }

    @GetMapping("/evidence/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable Long id) {
        return EvidenceController.download(evidence.withData(id));
    }

    private String upload(EvidenceSubject subject, Long id, MultipartFile file, String note,
                          RedirectAttributes redirect, String back) throws IOException {
        byte[] data = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        String type = file == null ? null : file.getContentType();
        String card = back.substring(back.indexOf('#') + 1);
        return refusalShown(redirect, back, card, Map.of("note", note == null ? "" : note), () -> {
            RectificationEvidence e = evidence.submit(new EvidenceSubmission(subject, id, name, type, data, note));
            redirect.addFlashAttribute("flash", "portal.evidence.uploaded");
            redirect.addFlashAttribute("uploaded", e.getId());
        });
    }

    /**
     * Runs an action; a refusal of the rules goes back to the page as its message (with its arguments),
     * shown beside the form of the card it came from ({@code card}, e.g. {@code hazard-7}), which keeps
     * what was typed ({@code typed}; a chosen file cannot be kept by a browser).
     */
    private static String refusalShown(RedirectAttributes redirect, String back, String card,
                                       Map<String, String> typed, Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("refusal", e.getMessageCode());
            redirect.addFlashAttribute("refusalArgs", e.getArgs());
            redirect.addFlashAttribute("refusedCard", card);
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:" + back;
    }
}
