package org.zhijian.resultimport.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.spotcheck.domain.PlanService;
import org.zhijian.resultimport.domain.DuplicateImportException;
import org.zhijian.resultimport.domain.ImportFiles;
import org.zhijian.resultimport.domain.ImportJob;
import org.zhijian.resultimport.domain.ImportTemplate;
import org.zhijian.resultimport.domain.ResultImportService;

@Controller
@RequestMapping("/spotchecks/imports")
class ImportController {

    private final ResultImportService imports;
    private final ImportTemplate template;
    private final PlanService plans;
    private final ImportFiles files;

    ImportController(ResultImportService imports, ImportTemplate template, PlanService plans, ImportFiles files) {
        this.imports = imports;
        this.template = template;
        this.plans = plans;
        this.files = files;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("recent", imports.recent());
        model.addAttribute("planList", plans.list(null));
        return "resultimport/imports";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Long planId,
                  RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("importError", "spotcheck.import.noFile");
            return "redirect:/spotchecks/imports";
        }
        try {
            ImportJob job = imports.start(spool(files, file), file.getOriginalFilename(), planId);
            return "redirect:/spotchecks/imports/" + job.id();
        } catch (DuplicateImportException e) {
            redirect.addFlashAttribute("duplicateCode", e.getMessageCode());
            redirect.addFlashAttribute("duplicateOf", String.valueOf(e.getJobId()));
            return "redirect:/spotchecks/imports";
        }
    }

    /** The upload goes to the imports' work directory, owned (and deleted) by the import: the request ends at once. */
    static Path spool(ImportFiles files, MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return files.receive(in);
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable Long id, Model model) {
        model.addAttribute("job", imports.job(id));
        return "resultimport/import";
    }

    @GetMapping(path = "/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Progress progress(@PathVariable Long id) {
        ImportJob j = imports.job(id);
        return new Progress(j.status(), j.phase(), j.rowsRead(), j.rowsTotal(), j.percent());
    }

    record Progress(String status, String phase, int rowsRead, Integer rowsTotal, Integer percent) {
    }

    @GetMapping("/template.xlsx")
    void templateXlsx(HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"spotcheck-results-template.xlsx\"");
        template.xlsx(response.getOutputStream(), locale);
    }

    @GetMapping("/template.csv")
    void templateCsv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"spotcheck-results-template.csv\"");
        template.csv(response.getOutputStream());
    }
}
