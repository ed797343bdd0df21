package org.zhijian.resultimport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhijian.resultimport.domain.DuplicateImportException;
import org.zhijian.resultimport.domain.ImportFiles;
import org.zhijian.resultimport.domain.ImportJob;
import org.zhijian.resultimport.domain.ResultImportService;
import org.zhijian.system.BusinessRuleException;

@RestController
@RequestMapping("/api/v1/spotchecks/imports")
@Tag(name = "Spot-check import", description = "Agency result files (.xlsx or .csv, template at"
        + " /spotchecks/imports/template.xlsx): validated row by row, committed whole or not at all")
class ImportApiController {

    private final ResultImportService imports;
    private final ImportFiles files;
    private final MessageSource messages;

    ImportApiController(ResultImportService imports, ImportFiles files, MessageSource messages) {
        this.imports = imports;
        this.files = files;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a result file; 202 with the job to poll, or with wait=true the finished job"
            + " (status COMMITTED, or REJECTED with the row-by-row issues); 409 naming the import (importId)"
            + " when the same file is already being imported or was imported")
    ResponseEntity<ImportJob> upload(@RequestPart("file") MultipartFile file,
                                     @RequestParam(required = false) Long planId,
                                     @RequestParam(defaultValue = "false") boolean wait) throws IOException {
        if (file.isEmpty()) {
            throw new BusinessRuleException("file", "spotcheck.import.noFile");
        }
        if (wait) {
            var tmp = ImportController.spool(files, file);
            try {
                return ResponseEntity.ok(imports.importNow(tmp, file.getOriginalFilename(), planId));
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
        }
        ImportJob job = imports.start(ImportController.spool(files, file), file.getOriginalFilename(), planId);
        return ResponseEntity.accepted().location(URI.create("/api/v1/spotchecks/imports/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Progress and, once finished, the result of an import (status RUNNING, COMMITTED,"
            + " REJECTED, FAILED, or INTERRUPTED when the server running it stopped: nothing written, upload again)")
    ImportJob get(@PathVariable Long id) {
        return imports.job(id);
    }

    /** 409 in the caller's language, naming the import that holds the file. */
    @ExceptionHandler(DuplicateImportException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateImportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(e.getMessageCode(), e.getArgs(), LocaleContextHolder.getLocale()));
        problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
        problem.setProperty("importId", e.getJobId());
        problem.setProperty("importRunning", e.isRunning());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .location(URI.create("/api/v1/spotchecks/imports/" + e.getJobId())).body(problem);
    }
}
