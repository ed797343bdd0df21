package org.zhijian.spotcheck.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhijian.account.domain.Roster;
import org.zhijian.account.domain.User;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.SamplingFormPdf;

/** A batch's sampling form (抽样单) as a PDF to print and sign, with a QR code back to the batch. */
@Controller
@RequestMapping("/spotchecks/batches")
class SamplingFormController {

    private final BatchService batches;
    private final Roster roster;
    private final SamplingFormPdf form;

    SamplingFormController(BatchService batches, Roster roster, SamplingFormPdf form) {
        this.batches = batches;
        this.roster = roster;
        this.form = form;
    }

    @GetMapping("/{id}/form.pdf")
    ResponseEntity<byte[]> form(@PathVariable Long id, Locale locale) {
        SamplingBatch b = batches.getWithDetails(id);
        byte[] pdf = form.render(b, roster.byIds(b.getSamplerIds()).stream().map(User::getDisplayName).toList(),
                locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(b.getFormNumber() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }
}
