package org.zhijian.system.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders PDFs whose Chinese renders everywhere and can be copied out: the text is drawn with a
 * TrueType-outline CJK font embedded as a subset (with its ToUnicode map). The font comes from
 * {@code zhijian.pdf.font-path} (env ZHIJIAN_PDF_FONT), else the first known system path that exists.
 * CFF-outline fonts (most Noto CJK .otf/.ttc) cannot be embedded this way and are not looked for.
 */
@Component
public class PdfFonts {

    static final List<String> KNOWN_PATHS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/System/Library/Fonts/STHeiti Light.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/msyh.ttc");

    /** What a feature draws on the pages; the document and font are open only while it runs. */
    @FunctionalInterface
    public interface Content {
        void write(PdfPages pages) throws IOException;
    }

    private final String configuredPath;

    public PdfFonts(@Value("${zhijian.pdf.font-path:}") String configuredPath) {
        this.configuredPath = configuredPath;
    }

    /** The font file to use, or a clear refusal saying how to provide one. */
    public Path fontPath() {
        List<String> tried = new ArrayList<>();
        if (configuredPath != null && !configuredPath.isBlank()) {
            Path p = Path.of(configuredPath.strip());
            if (Files.isReadable(p)) {
                return p;
            }
            tried.add(p.toString());
        }
        for (String candidate : KNOWN_PATHS) {
            Path p = Path.of(candidate);
            if (Files.isReadable(p)) {
                return p;
            }
            tried.add(candidate);
        }
        throw new IllegalStateException("No TrueType CJK font found for PDF output (tried " + tried
                + "). Install fonts-wqy-microhei or set zhijian.pdf.font-path / ZHIJIAN_PDF_FONT to a .ttf/.ttc "
                + "with TrueType outlines.");
    }

    public byte[] render(Content content) {
        Path path = fontPath();
        try (PDDocument doc = new PDDocument()) {
            if (path.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(path.toFile())) {
                    AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                    collection.processAllFonts(f -> first.compareAndSet(null, f));
                    return write(doc, PDType0Font.load(doc, first.get(), true), content);
                }
            }
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()))) {
                return write(doc, PDType0Font.load(doc, ttf, true), content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed with font " + path, e);
        }
    }

    private static byte[] write(PDDocument doc, PDType0Font font, Content content) throws IOException {
        PdfPages pages = new PdfPages(doc, font);
        content.write(pages);
        pages.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
