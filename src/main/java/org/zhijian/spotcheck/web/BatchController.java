package org.zhijian.spotcheck.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.zhijian.system.jpa.CappedPage;
import org.zhijian.system.related.RelatedRecordsFinder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhijian.account.domain.Roster;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseQuery;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.region.domain.Districts;
import org.zhijian.spotcheck.domain.BatchPhoto;
import org.zhijian.spotcheck.domain.BatchQuery;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.BatchStatus;
import org.zhijian.spotcheck.domain.FormNumbers;
import org.zhijian.spotcheck.domain.PlanService;
import org.zhijian.spotcheck.domain.PostProcessingAction;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.StepCommand;
import org.zhijian.spotcheck.domain.Submission;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.ZhijianUserDetails;
import org.zhijian.system.web.FormErrors;
import org.zhijian.system.web.QrSvg;

@Controller
@RequestMapping("/spotchecks/batches")
class BatchController {

    static final String LIST_VIEW = "spotcheck/batches";
    static final String FORM_VIEW = "spotcheck/batch-form";
    static final String DETAIL_VIEW = "spotcheck/batch";
    private static final int PAGE_SIZE = 20;

    private final RelatedRecordsFinder related;
    private final BatchService batches;
    private final PlanService plans;
    private final CatalogueService catalogue;
    private final EnterpriseService enterprises;
    private final Roster roster;
    private final Districts districts;
    private final AuditTrail audit;
    private final SpotCheckExports exports;
    private final FormNumbers formNumbers;

    BatchController(BatchService batches, PlanService plans, CatalogueService catalogue, EnterpriseService enterprises,
                    Roster roster, Districts districts, AuditTrail audit, SpotCheckExports exports,
                    RelatedRecordsFinder related, FormNumbers formNumbers) {
        this.formNumbers = formNumbers;
        this.batches = batches;
        this.plans = plans;
        this.catalogue = catalogue;
        this.enterprises = enterprises;
        this.roster = roster;
        this.districts = districts;
        this.audit = audit;
        this.related = related;
        this.exports = exports;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.setAutoGrowCollectionLimit(200);
    }

    @GetMapping
    String list(BatchFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", batches.listRows(filter.toQuery(batches.today()),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "samplingDate", "id")),
                CappedPage.LIST_CAP));
        model.addAttribute("filter", filter);
        model.addAttribute("today", batches.today());
        model.addAttribute("exportLink", filter.link("/spotchecks/batches/export"));
        addChoices(model);
        return LIST_VIEW;
    }

    @GetMapping("/export")
    void export(BatchFilter filter, HttpServletResponse response) throws IOException {
        exports.batches(filter.toQuery(batches.today()), response);
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long enterpriseId, @RequestParam(required = false) Long categoryId,
                   @RequestParam(required = false) Long planId,
                   @AuthenticationPrincipal ZhijianUserDetails user, Model model) {
        BatchForm form = new BatchForm();
        form.setSubmissionToken(UUID.randomUUID().toString());
        form.setEnterpriseId(enterpriseId);
        form.setCategoryId(categoryId);
        form.setPlanId(planId);
        form.setSamplingDate(batches.today());
        form.setSampleQuantity(2);
        form.setBackupQuantity(2);
        if (categoryId != null) {
            form.setResults(Measurements.rowsFor(catalogue.get(categoryId)));
        }
        model.addAttribute("batchForm", form);
        String view = showForm(model, form);
        if (model.getAttribute("enterprise") instanceof Enterprise e) {
            form.setFormNumber(formNumbers.suggest(e.getDistrictId()));
            preTickCurrentUser(form, user, model);
        }
        return view;
    }

    /** The inspector filling the form is usually one of the two samplers. */
    private static void preTickCurrentUser(BatchForm form, ZhijianUserDetails user, Model model) {
        if (user != null && model.getAttribute("roster") instanceof List<?> roster
                && roster.stream().anyMatch(u -> u instanceof User r && r.getId().equals(user.userId()))) {
            form.setSamplerIds(new java.util.LinkedHashSet<>(List.of(user.userId())));
        }
    }

    /** The QR code printed on the sampling form: it opens this batch (after login, in the inspector's scope). */
    @GetMapping(value = "/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qrCode(@PathVariable Long id) {
        SamplingBatch b = batches.get(id);
        String link = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/spotchecks/batches/{id}").buildAndExpand(b.getId()).toUriString();
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(QrSvg.of(link));
    }

    @PostMapping
    String create(@Valid @ModelAttribute("batchForm") BatchForm form, BindingResult result,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
                  RedirectAttributes redirect) {
        checkPhotos(photos, result);
        if (result.hasErrors()) {
            return showForm(model, form);
        }
        try {
            ProductCategory category = catalogue.get(form.getCategoryId());
            Submission s = batches.submit(form.toDetails(), form.getTestedOn(), form.getReportNumber(),
                    Measurements.read(category, form.getResults()));
            if (s.created()) {
                attach(s.batch().getId(), photos);
                redirect.addFlashAttribute("flash", "spotcheck.batch.created");
            }
            return "redirect:/spotchecks/batches/" + s.batch().getId();
        } catch (BusinessRuleException e) {
            SpotCheckForms.reject(result, e);
        }
        return showForm(model, form);
    }

    /** Photos are checked before the batch is recorded, so a wrong one never leaves a half-saved sampling. */
    private static void checkPhotos(List<MultipartFile> photos, BindingResult result) {
        if (photos == null) {
            return;
        }
        for (MultipartFile p : photos) {
            if (!p.isEmpty()) {
                try {
                    BatchPhoto.check(p.getContentType(), bytes(p));
                } catch (BusinessRuleException e) {
                    result.reject(e.getMessageCode(), e.getArgs(), null);
                    return;
                }
            }
        }
    }

    private void attach(Long batchId, List<MultipartFile> photos) {
        if (photos == null) {
            return;
        }
        for (MultipartFile p : photos) {
            if (!p.isEmpty()) {
                batches.addPhoto(batchId, p.getOriginalFilename(), p.getContentType(), bytes(p));
            }
        }
    }

    private static byte[] bytes(MultipartFile p) {
        try {
            return p.getBytes();
        } catch (IOException e) {
            throw new BusinessRuleException("photo", "spotcheck.photo.empty");
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        SamplingBatch b = batches.getWithDetails(id);
        LocalDate today = batches.today();
        model.addAttribute("batch", b);
        model.addAttribute("today", today);
        model.addAttribute("isFinal", b.isFinal(today));
        model.addAttribute("overdue", b.isOverdue(today));
        model.addAttribute("samplers", roster.byIds(b.getSamplerIds()));
        model.addAttribute("districtName", districts.name(b.getDistrictId()));
        model.addAttribute("firstResults", b.resultsOf((short) 1));
        model.addAttribute("retestResults", b.resultsOf((short) 2));
        model.addAttribute("photos", batches.photosOf(id));
        model.addAttribute("actions", PostProcessingAction.available(b, today));
        model.addAttribute("history", audit.historyIfPermitted(BatchService.ENTITY, id));
        model.addAttribute("related", related.about(BatchService.ENTITY, id));
        if (!model.containsAttribute("resultsForm")) {
            ResultsForm f = new ResultsForm();
            f.setTestedOn(today);
            f.setVersion(b.getVersion());
            f.setResults(Measurements.rowsFor(b.getCategory()));
            model.addAttribute("resultsForm", f);
        }
        if (!model.containsAttribute("stepForm")) {
            StepForm f = new StepForm();
            f.setOccurredOn(today);
            f.setVersion(b.getVersion());
            f.setResults(Measurements.rowsFor(b.getCategory()));
            model.addAttribute("stepForm", f);
        }
        return DETAIL_VIEW;
    }

    @PostMapping("/{id}/results")
    String results(@PathVariable Long id, @Valid @ModelAttribute("resultsForm") ResultsForm form,
                   BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                SamplingBatch b = batches.get(id);
                batches.recordResults(id, form.getVersion(), form.getTestedOn(), form.getReportNumber(),
                        Measurements.read(catalogue.get(b.getCategory().getId()), form.getResults()));
                redirect.addFlashAttribute("flash", "spotcheck.batch.resultsRecorded");
                return "redirect:/spotchecks/batches/" + id;
            } catch (BusinessRuleException e) {
                SpotCheckForms.reject(result, e);
            } catch (StaleEditException e) {
                response.setStatus(FormErrors.stale(model, e).value());
                form.setVersion(e.getCurrentVersion());
            }
        }
        response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
        return show(id, model);
    }

    @PostMapping("/{id}/steps")
    String step(@PathVariable Long id, @Valid @ModelAttribute("stepForm") StepForm form, BindingResult result,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                SamplingBatch b = batches.get(id);
                var measurements = form.getAction() == PostProcessingAction.RECORD_RETEST
                        ? Measurements.read(catalogue.get(b.getCategory().getId()), form.getResults()) : null;
                batches.advance(id, form.getVersion(), new StepCommand(form.getAction(), form.getOccurredOn(),
                        form.getDueOn(), form.getAgency(), form.getNote(), measurements));
                redirect.addFlashAttribute("flash", "spotcheck.batch.stepRecorded");
                return "redirect:/spotchecks/batches/" + id;
            } catch (BusinessRuleException e) {
                SpotCheckForms.reject(result, e);
            } catch (StaleEditException e) {
                response.setStatus(FormErrors.stale(model, e).value());
                form.setVersion(e.getCurrentVersion());
            }
        }
        response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
        return show(id, model);
    }

    @PostMapping("/{id}/photos")
    String photo(@PathVariable Long id, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                 RedirectAttributes redirect) {
        try {
            if (photos == null || photos.stream().allMatch(MultipartFile::isEmpty)) {
                throw new BusinessRuleException("photo", "spotcheck.photo.empty");
            }
            attach(id, photos);
            redirect.addFlashAttribute("flash", "spotcheck.photo.added");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("photoError", e.getMessageCode());
        }
        return "redirect:/spotchecks/batches/" + id + "#photos";
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photoContent(@PathVariable Long id, @PathVariable Long photoId) {
        BatchPhoto p = batches.photo(id, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.getContentType()))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(p.getData());
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            batches.publish(id);
            redirect.addFlashAttribute("flash", "spotcheck.batch.published");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flash", e.getMessageCode());
        }
        return "redirect:/spotchecks/batches/" + id;
    }

    private String showForm(Model model, BatchForm form) {
        addChoices(model);
        ProductCategory category = form.getCategoryId() == null ? null : catalogue.get(form.getCategoryId());
        model.addAttribute("category", category);
        var query = new EnterpriseQuery(null, null, category == null ? null : category.getIndustry(), null);
        List<Enterprise> candidates = new java.util.ArrayList<>(enterprises.search(query,
                PageRequest.of(0, 300, Sort.by("name"))).getContent());
        Long districtId = null;
        if (form.getEnterpriseId() != null) {
            Enterprise e = enterprises.get(form.getEnterpriseId());
            districtId = e.getDistrictId();
            model.addAttribute("enterprise", e);
            if (candidates.stream().noneMatch(c -> c.getId().equals(e.getId()))) {
                candidates.add(0, e);
            }
        }
        model.addAttribute("enterpriseList", candidates);
        model.addAttribute("roster", districtId == null ? List.of() : roster.samplersFor(districtId));
        return FORM_VIEW;
    }

    private void addChoices(Model model) {
        model.addAttribute("categoryList", catalogue.active());
        model.addAttribute("planList", plans.list(null));
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("statuses", BatchStatus.values());
    }
}
