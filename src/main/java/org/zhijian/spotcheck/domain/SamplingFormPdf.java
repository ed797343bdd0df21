package org.zhijian.spotcheck.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.pdf.OfficialDocuments;

/**
 * A batch's sampling form (抽样单) as a PDF in the bureau's document layout: the form number as its
 * number, what was sampled where and by whom, lines to sign, and a QR code that opens the batch for
 * the inspector, or, once the result is published, the public announcement of it.
 */
@Component
public class SamplingFormPdf {

    private final OfficialDocuments documents;
    private final MessageSource messages;

    SamplingFormPdf(OfficialDocuments documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    /** Where the form's QR code leads: the public announcement once published, else the batch. */
    public static String qrPath(SamplingBatch b) {
        if (b.getPublishedAt() != null) {
            return "/public/announcements?enterprise="
                    + URLEncoder.encode(b.getEnterprise().getName(), StandardCharsets.UTF_8)
                    + "&from=" + b.getSamplingDate() + "&to=" + b.getSamplingDate();
        }
        return "/spotchecks/batches/" + b.getId();
    }

    /** The form of a batch loaded with its details ({@link BatchService#getWithDetails}). */
    public byte[] render(SamplingBatch b, List<String> samplerNames, Locale locale) {
        Enterprise e = b.getEnterprise();
        return documents.render(new OfficialDocuments.Head(b.getFormNumber(), qrPath(b)), locale, pages -> {
            pages.title(msg(locale, "spotcheck.formPdf.title"));
            pages.gap(4);
            pages.field(msg(locale, "field.level"), msg(locale, b.getLevel().messageCode()));
            if (b.getPlan() != null) {
                pages.field(msg(locale, "field.planId"), b.getPlan().getTitle());
            }
            pages.heading(msg(locale, "spotcheck.formPdf.enterprise"));
            pages.field(msg(locale, "spotcheck.formPdf.enterpriseName"), e.getName());
            pages.field(msg(locale, "spotcheck.formPdf.creditCode"), e.getCreditCode().value());
            pages.field(msg(locale, "spotcheck.formPdf.address"), e.getAddress());
            pages.heading(msg(locale, "spotcheck.formPdf.sample"));
            pages.field(msg(locale, "field.categoryId"), b.getCategory().name(locale));
            pages.field(msg(locale, "field.standard"), b.getCategory().getStandard());
            pages.field(msg(locale, "field.brand"), b.getBrand());
            pages.field(msg(locale, "field.modelSpec"), b.getModelSpec());
            pages.field(msg(locale, "field.productionBatchNo"), b.getProductionBatchNo());
            pages.field(msg(locale, "field.productionDate"), documents.date(b.getProductionDate(), locale));
            pages.field(msg(locale, "field.sampleQuantity"), b.getSampleQuantity() + " " + b.getQuantityUnit());
            pages.field(msg(locale, "field.backupQuantity"), b.getBackupQuantity() + " " + b.getQuantityUnit());
            pages.heading(msg(locale, "spotcheck.formPdf.sampling"));
            pages.field(msg(locale, "field.samplingDate"), documents.date(b.getSamplingDate(), locale));
            pages.field(msg(locale, "field.samplingPlace"), b.getSamplingPlace());
            pages.field(msg(locale, "field.agency"), b.getAgency());
            pages.field(msg(locale, "field.samplerIds"), String.join(msg(locale, "spotcheck.formPdf.separator"),
                    samplerNames));
            pages.gap(6);
            pages.paragraph(msg(locale, "spotcheck.formPdf.statement"), 11);
            pages.signatures(msg(locale, "spotcheck.formPdf.date"), msg(locale, "spotcheck.formPdf.signSampler"),
                    msg(locale, "spotcheck.formPdf.signEnterprise"));
        });
    }

    private String msg(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
