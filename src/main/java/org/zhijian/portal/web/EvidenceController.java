package org.zhijian.portal.web;

import java.nio.charset.StandardCharsets;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.portal.domain.RectificationEvidence;
import org.zhijian.portal.domain.EvidenceService;
import org.zhijian.system.BusinessRuleException;

/**
 * The bureau's side of rectification evidence: the inspector's list of uploads waiting for review, and
 * one upload with its file, the hazard or batch it is for, and the accept / reject (with reason) form.
 */
@Controller
@RequestMapping("/evidence")
class EvidenceController {

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GetMapping
    String pending(Model model) {
        model.addAttribute("pending", evidence.pending());
        return "portal/evidence-list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        RectificationEvidence e = evidence.get(id);
        model.addAttribute("evidence", e);
        model.addAttribute("subjectHref", EvidenceService.subjectHref(e));
        return "portal/evidence";
    }

    @PostMapping("/{id}/review")
    String review(@PathVariable Long id, @RequestParam long version, @RequestParam boolean accepted,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            RectificationEvidence e = evidence.review(id, version, accepted, reason);
            redirect.addFlashAttribute("flash", accepted ? "portal.evidence.accepted" : "portal.evidence.rejected");
            return "redirect:" + EvidenceService.subjectHref(e);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("refusal", e.getMessageCode());
            return "redirect:/evidence/" + id;
        }
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable Long id) {
        return download(evidence.withData(id));
    }

    /** The file as stored, inline for a photo or PDF; never sniffed again by the browser. */
    static ResponseEntity<byte[]> download(RectificationEvidence e) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(e.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(e.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(e.getData());
    }
}
