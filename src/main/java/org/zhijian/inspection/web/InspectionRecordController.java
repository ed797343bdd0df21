package org.zhijian.inspection.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.inspection.domain.Checklist;
import org.zhijian.inspection.domain.InspectionAnswer;
import org.zhijian.inspection.domain.InspectionPhoto;
import org.zhijian.inspection.domain.InspectionRecord;
import org.zhijian.inspection.domain.InspectionRecordService;
import org.zhijian.inspection.domain.ItemAnswer;
import org.zhijian.inspection.domain.RecordDetails;
import org.zhijian.inspection.domain.RecordQuery;
import org.zhijian.inspection.domain.ResultCategory;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

/** Inspection records: the list, one record with its follow-ups and photos, publication, corrections. */
@Controller
@RequestMapping("/inspection/records")
class InspectionRecordController {

    static final String LIST_VIEW = "inspection/records";
    static final String DETAIL_VIEW = "inspection/record";
    private static final int PAGE_SIZE = 20;

    private final InspectionRecordService records;
    private final Districts districts;
    private final AuditTrail audit;
    private final InspectionExport export;

    InspectionRecordController(InspectionRecordService records, Districts districts,
                               AuditTrail audit, InspectionExport export) {
        this.records = records;
        this.districts = districts;
        this.audit = audit;
        this.export = export;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) Long districtId, @RequestParam(required = false) ResultCategory result,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", records.search(new RecordQuery(districtId, null, result, null),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "inspectedOn", "id"))));
        model.addAttribute("today", records.today());
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("districtById", districts.byId());
        model.addAttribute("results", ResultCategory.values());
        model.addAttribute("districtId", districtId);
        model.addAttribute("result", result);
        model.addAttribute("unpublished", records.unpublished(districtId));
        return LIST_VIEW;
    }

    @GetMapping("/export.xlsx")
    void exportList(@RequestParam(required = false) Long districtId,
                    @RequestParam(required = false) ResultCategory result, HttpServletResponse response)
            throws IOException {
        RecordQuery query = new RecordQuery(districtId, null, result, null);
        export.records(n -> records.search(query, PageRequest.of(n, 500,
                Sort.by(Sort.Direction.DESC, "inspectedOn", "id"))), response);
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        InspectionRecord r = records.get(id);
        model.addAttribute("record", r);
        model.addAttribute("answers", r.getAnswers());
        model.addAttribute("today", records.today());
        model.addAttribute("photos", records.photosOf(id));
        model.addAttribute("corrections", records.correctionsOf(id));
        model.addAttribute("mayOpenHazard", records.mayOpenHazard());
        model.addAttribute("mayPublish", records.mayPublish());
        model.addAttribute("districtName", districts.name(r.getDistrictId()));
        model.addAttribute("history", audit.historyIfPermitted(InspectionRecordService.ENTITY, id));
        return DETAIL_VIEW;
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable Long id, @PathVariable Long photoId) {
        InspectionPhoto p = records.photo(id, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.getContentType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .header("X-Content-SHA256", p.getSha256())
                .body(p.getData());
    }

    @PostMapping("/{id}/answers/{answerId}/hazard")
    String openHazard(@PathVariable Long id, @PathVariable Long answerId, RedirectAttributes redirect) {
        records.openHazard(id, answerId);
        redirect.addFlashAttribute("flash", "inspection.finding.hazardOpened");
        return "redirect:/inspection/records/" + id + "#answer-" + answerId;
    }

    @PostMapping("/{id}/answers/{answerId}/clue")
    String sendClue(@PathVariable Long id, @PathVariable Long answerId, RedirectAttributes redirect) {
        InspectionAnswer a = records.sendClue(id, answerId);
        redirect.addFlashAttribute("flash", "inspection.finding.clueSent");
        return "redirect:/inspection/records/" + id + "#answer-" + a.getId();
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        records.publish(id, version);
        redirect.addFlashAttribute("flash", "inspection.record.publishedFlash");
        return "redirect:/inspection/records/" + id;
    }

    @PostMapping("/{id}/photos")
    String addPhotos(@PathVariable Long id, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                     RedirectAttributes redirect) {
        for (var p : InspectionTaskController.uploads(photos)) {
            records.addPhoto(id, p.fileName(), p.contentType(), p.data());
        }
        redirect.addFlashAttribute("flash", "inspection.record.photoAdded");
        return "redirect:/inspection/records/" + id;
    }

    @GetMapping("/{id}/correct")
    String correctForm(@PathVariable Long id, Model model) {
        InspectionRecord r = records.get(id);
        Checklist checklist = records.checklistFor(r.getTask());
        InspectionForms.RecordForm form = new InspectionForms.RecordForm();
        form.setChecklistId(checklist.getId());
        form.setInspectedOn(r.getInspectedOn());
        form.setPlace(r.getPlace());
        form.setResultCategory(r.getResultCategory());
        form.setSummary(r.getSummary());
        form.setRepresentativeName(r.getRepresentativeName());
        form.setRepresentativeSigned(r.isRepresentativeSigned());
        if (checklist.getId().equals(r.getChecklist().getId())) {
            form.setAnswers(new java.util.ArrayList<>(r.getAnswers().stream().map(InspectionAnswer::getAnswer).toList()));
            form.setNotes(new java.util.ArrayList<>(r.getAnswers().stream().map(InspectionAnswer::getNote).toList()));
        }
        form.fit(checklist.getItems().size());
        model.addAttribute("recordForm", form);
        return showCorrection(model, r, checklist);
    }

    @PostMapping("/{id}/correct")
    String correct(@PathVariable Long id, @Valid @ModelAttribute("recordForm") InspectionForms.RecordForm form,
                   BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        InspectionRecord original = records.get(id);
        Checklist checklist = records.checklistFor(original.getTask());
        form.fit(checklist.getItems().size());
        InspectionTaskController.requireAnswers(form, result);
        return FormSubmission.of(result).save(() -> {
            InspectionRecord r = records.correct(id, form.getCorrectionReason(), checklist.getId(), form.toDetails());
            redirect.addFlashAttribute("flash", "inspection.record.corrected");
            return "redirect:/inspection/records/" + r.getId();
        }).orElseGet(() -> {
            response.setStatus(400);
            return showCorrection(model, original, checklist);
        });
    }

    private String showCorrection(Model model, InspectionRecord original, Checklist checklist) {
        model.addAttribute("task", original.getTask());
        model.addAttribute("original", original);
        model.addAttribute("checklist", checklist);
        model.addAttribute("answerValues", ItemAnswer.values());
        model.addAttribute("followUpValues", RecordDetails.FollowUp.values());
        model.addAttribute("results", ResultCategory.values());
        model.addAttribute("mayOpenHazard", records.mayOpenHazard());
        return InspectionTaskController.RECORD_VIEW;
    }
}
