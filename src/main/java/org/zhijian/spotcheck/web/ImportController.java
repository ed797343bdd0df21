package org.zhijian.spotcheck.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.zhijian.spotcheck.imports.ImportJob;
import org.zhijian.spotcheck.imports.ImportTemplate;
import org.zhijian.spotcheck.imports.ResultImportService;

@Controller
@RequestMapping("/spotchecks/imports")
class ImportController {

    private final ResultImportService imports;
    private final ImportTemplate template;
    private final PlanService plans;

    ImportController(ResultImportService imports, ImportTemplate template, PlanService plans) {
        this.imports = imports;
        this.template = template;
        this.plans = plans;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("recent", imports.recent());
        model.addAttribute("planList", plans.list(null));
        return "spotcheck/imports";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Long planId,
                  RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("importError", "spotcheck.import.noFile");
            return "redirect:/spotchecks/imports";
        }
        ImportJob job = imports.start(spool(file), file.getOriginalFilename(), planId);
        return "redirect:/spotchecks/imports/" + job.id();
    }

    /** The upload goes to a temporary file the import owns (and deletes), so the request can end at once. */
    static Path spool(MultipartFile file) throws IOException {
        Path tmp = Files.createTempFile("zhijian-upload-", ".bin");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        return tmp;
    }

    @GetMapping("/{id}")
    String job(@PathVariable Long id, Model model) {
        model.addAttribute("job", imports.job(id));
        return "spotcheck/import";
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
