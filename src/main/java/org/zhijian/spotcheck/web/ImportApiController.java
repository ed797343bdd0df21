package org.zhijian.spotcheck.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhijian.spotcheck.imports.ImportJob;
import org.zhijian.spotcheck.imports.ResultImportService;
import org.zhijian.system.BusinessRuleException;

@RestController
@RequestMapping("/api/v1/spotchecks/imports")
@Tag(name = "Spot-check import", description = "Agency result files (.xlsx or .csv, template at"
        + " /spotchecks/imports/template.xlsx): validated row by row, committed whole or not at all")
class ImportApiController {

    private final ResultImportService imports;

    ImportApiController(ResultImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a result file; 202 with the job to poll, or with wait=true the finished job"
            + " (status COMMITTED, or REJECTED with the row-by-row issues)")
    ResponseEntity<ImportJob> upload(@RequestPart("file") MultipartFile file,
                                     @RequestParam(required = false) Long planId,
                                     @RequestParam(defaultValue = "false") boolean wait) throws IOException {
        if (file.isEmpty()) {
            throw new BusinessRuleException("file", "spotcheck.import.noFile");
        }
        if (wait) {
            var tmp = ImportController.spool(file);
            try {
                return ResponseEntity.ok(imports.importNow(tmp, file.getOriginalFilename(), planId));
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
        }
        ImportJob job = imports.start(ImportController.spool(file), file.getOriginalFilename(), planId);
        return ResponseEntity.accepted().location(URI.create("/api/v1/spotchecks/imports/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Progress and, once finished, the result of an import")
    ImportJob get(@PathVariable Long id) {
        return imports.job(id);
    }
}
