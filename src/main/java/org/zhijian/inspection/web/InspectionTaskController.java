package org.zhijian.inspection.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.inspection.domain.Checklist;
import org.zhijian.inspection.domain.InspectionRecord;
import org.zhijian.inspection.domain.InspectionRecordService;
import org.zhijian.inspection.domain.InspectionTask;
import org.zhijian.inspection.domain.InspectionTaskService;
import org.zhijian.inspection.domain.ItemAnswer;
import org.zhijian.inspection.domain.PhotoUpload;
import org.zhijian.inspection.domain.RecordDetails;
import org.zhijian.inspection.domain.ResultCategory;
import org.zhijian.inspection.domain.TaskQuery;
import org.zhijian.inspection.domain.TaskSource;
import org.zhijian.inspection.domain.TaskStatus;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

/** Inspection tasks: the list, one task with its officers and records, and the phone-first record form. */
@Controller
@RequestMapping("/inspection/tasks")
class InspectionTaskController {

    static final String LIST_VIEW = "inspection/tasks";
    static final String DETAIL_VIEW = "inspection/task";
    static final String RECORD_VIEW = "inspection/record-form";
    private static final int PAGE_SIZE = 20;

    private final InspectionTaskService tasks;
    private final InspectionRecordService records;
    private final Districts districts;
    private final AuditTrail audit;
    private final InspectionExport export;

    InspectionTaskController(InspectionTaskService tasks, InspectionRecordService records, Districts districts,
                             AuditTrail audit, InspectionExport export) {
        this.tasks = tasks;
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
    String list(@RequestParam(required = false) Long districtId, @RequestParam(required = false) TaskStatus status,
                @RequestParam(required = false) TaskSource source,
                @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(defaultValue = "0") int page, Model model) {
        TaskQuery query = new TaskQuery(districtId, status, source, null, overdue);
        model.addAttribute("page", tasks.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by("dueOn", "id"))));
        model.addAttribute("today", tasks.today());
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("districtById", districts.byId());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("sources", TaskSource.values());
        model.addAttribute("districtId", districtId);
        model.addAttribute("status", status);
        model.addAttribute("source", source);
        model.addAttribute("overdue", overdue);
        model.addAttribute("mayManage", tasks.mayManage());
        if (!model.containsAttribute("generateForm")) {
            InspectionForms.GenerateForm g = new InspectionForms.GenerateForm();
            g.setPeriod(YearMonth.from(tasks.today()));
            model.addAttribute("generateForm", g);
        }
        return LIST_VIEW;
    }

    @GetMapping("/export.xlsx")
    void exportList(@RequestParam(required = false) Long districtId, @RequestParam(required = false) TaskStatus status,
                    @RequestParam(required = false) TaskSource source,
                    @RequestParam(defaultValue = "false") boolean overdue, HttpServletResponse response)
            throws IOException {
        TaskQuery query = new TaskQuery(districtId, status, source, null, overdue);
        export.tasks(n -> tasks.search(query, PageRequest.of(n, 500, Sort.by("dueOn", "id"))), tasks.today(),
                response);
    }

    @PostMapping("/generate")
    String generate(@Valid @ModelAttribute("generateForm") InspectionForms.GenerateForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            tasks.generateFromDueList(form.getDistrictId(), form.getPeriod(),
                    form.getTitle());
            redirect.addFlashAttribute("flash", "inspection.task.generated");
            return "redirect:/inspection/tasks?source=DUE_LIST";
        }).orElseGet(() -> list(form.getDistrictId(), null, null, false, 0, model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        InspectionTask t = tasks.get(id);
        model.addAttribute("task", t);
        model.addAttribute("today", tasks.today());
        model.addAttribute("officers", tasks.officersOf(t));
        model.addAttribute("records", records.ofTask(id));
        model.addAttribute("mayManage", tasks.mayManage());
        model.addAttribute("isOfficer", tasks.isOfficer(t));
        model.addAttribute("districtName", districts.name(t.getDistrictId()));
        if (tasks.mayManage() && t.getStatus().isOpen()) {
            model.addAttribute("assignable", tasks.assignable(t));
        }
        if (!model.containsAttribute("assignForm")) {
            InspectionForms.AssignForm f = new InspectionForms.AssignForm();
            f.setVersion(t.getVersion());
            f.setOfficerIds(new ArrayList<>(t.officers()));
            model.addAttribute("assignForm", f);
        }
        if (!model.containsAttribute("cancelForm")) {
            InspectionForms.CancelForm f = new InspectionForms.CancelForm();
            f.setVersion(t.getVersion());
            model.addAttribute("cancelForm", f);
        }
        model.addAttribute("history", audit.historyIfPermitted(InspectionTaskService.ENTITY, id));
        return DETAIL_VIEW;
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable Long id, @ModelAttribute("assignForm") InspectionForms.AssignForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            tasks.assign(id, form.getVersion(), form.getOfficerIds());
            redirect.addFlashAttribute("flash", "inspection.task.assigned");
            return "redirect:/inspection/tasks/" + id;
        }).orElseGet(() -> {
            response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
            return show(id, model);
        });
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable Long id, @Valid @ModelAttribute("cancelForm") InspectionForms.CancelForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            tasks.cancel(id, form.getVersion(), form.getReason());
            redirect.addFlashAttribute("flash", "inspection.task.cancelled");
            return "redirect:/inspection/tasks/" + id;
        }).orElseGet(() -> {
            response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
            return show(id, model);
        });
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable Long id, @RequestParam long version) {
        tasks.start(id, version);
        return "redirect:/inspection/tasks/" + id + "/record";
    }

    @GetMapping("/{id}/record")
    String recordForm(@PathVariable Long id, Model model) {
        InspectionTask t = tasks.get(id);
        if (!t.getStatus().isRecordable() || !tasks.isOfficer(t)) {
            // only the task's officers record it, and only while it is open: back to the task, which says why
            return "redirect:/inspection/tasks/" + id;
        }
        Checklist checklist = records.checklistFor(t);
        InspectionForms.RecordForm form = new InspectionForms.RecordForm();
        form.setChecklistId(checklist.getId());
        form.setInspectedOn(tasks.today());
        form.setPlace(t.getEnterprise().getAddress());
        form.fit(checklist.getItems().size());
        form.setSubmissionToken(UUID.randomUUID().toString());
        model.addAttribute("recordForm", form);
        return showRecordForm(model, t, checklist);
    }

    @PostMapping("/{id}/record")
    String submit(@PathVariable Long id, @Valid @ModelAttribute("recordForm") InspectionForms.RecordForm form,
                  BindingResult result, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Optional<InspectionRecord> repeated = records.submitted(form.getSubmissionToken());
        if (repeated.isPresent()) {
            // the same form sent again (an offline draft after a lost answer): the record it made
            redirect.addFlashAttribute("flash", "inspection.record.submitted");
            return "redirect:/inspection/records/" + repeated.get().getId();
        }
        InspectionTask t = tasks.get(id);
        Checklist checklist = records.checklistFor(t);
        if (form.getChecklistId() != null && !checklist.getId().equals(form.getChecklistId())) {
            // revised while the officer was answering: the answers no longer match its items
            result.reject("inspection.checklist.changed");
            form.setChecklistId(checklist.getId());
        }
        form.fit(checklist.getItems().size());
        requireAnswers(form, result);
        Long checklistId = checklist.getId();
        Checklist shown = checklist;
        return FormSubmission.of(result).save(() -> {
            InspectionRecord r = records.submitOnce(form.getSubmissionToken(), id, checklistId, form.toDetails(),
                    uploads(photos));
            redirect.addFlashAttribute("flash", "inspection.record.submitted");
            return "redirect:/inspection/records/" + r.getId();
        }).orElseGet(() -> {
            response.setStatus(400);
            return showRecordForm(model, t, shown);
        });
    }

    static void requireAnswers(InspectionForms.RecordForm form, BindingResult result) {
        for (int i = 0; i < form.getAnswers().size(); i++) {
            if (form.getAnswers().get(i) == null) {
                result.rejectValue("answers[" + i + "]", "inspection.answer.required");
            } else if (form.getAnswers().get(i) == ItemAnswer.NOT_CONFORM
                    && (form.getNotes().get(i) == null || form.getNotes().get(i).isBlank())) {
                result.rejectValue("notes[" + i + "]", "inspection.answer.noteRequired");
            }
        }
    }

    static List<PhotoUpload> uploads(List<MultipartFile> photos) {
        if (photos == null) {
            return List.of();
        }
        List<PhotoUpload> list = new ArrayList<>();
        for (MultipartFile p : photos) {
            if (p.isEmpty()) {
                continue;
            }
            try {
                list.add(new PhotoUpload(p.getOriginalFilename(), p.getContentType(), p.getBytes()));
            } catch (IOException e) {
                throw new BusinessRuleException("photo", "spotcheck.photo.empty");
            }
        }
        return list;
    }

    private String showRecordForm(Model model, InspectionTask t, Checklist checklist) {
        model.addAttribute("task", t);
        model.addAttribute("checklist", checklist);
        model.addAttribute("answerValues", ItemAnswer.values());
        model.addAttribute("followUpValues", RecordDetails.FollowUp.values());
        model.addAttribute("results", ResultCategory.values());
        model.addAttribute("mayOpenHazard", records.mayOpenHazard());
        return RECORD_VIEW;
    }
}
