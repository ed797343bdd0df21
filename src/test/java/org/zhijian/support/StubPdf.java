package org.zhijian.support;

import java.nio.charset.StandardCharsets;
import org.zhijian.system.pdf.PdfFonts;

/**
 * PDF output that needs no font, for tests that start the whole application but are not about
 * PDFs (the demo city closes a campaign, every route is called): use with {@code @TestBean}.
 */
public final class StubPdf {

    private StubPdf() {
    }

    public static PdfFonts fonts() {
        return new PdfFonts("") {
            @Override
            public byte[] render(Content content) {
                return "%PDF-1.4 stub".getBytes(StandardCharsets.US_ASCII);
            }
        };
    }
}
