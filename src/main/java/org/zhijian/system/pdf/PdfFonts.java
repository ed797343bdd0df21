package org.zhijian.system.pdf;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders PDFs whose Chinese renders everywhere and can be copied out: the text is drawn with a
 * TrueType-outline CJK font embedded as a subset (with its ToUnicode map). The font comes from
 * {@code zhijian.pdf.font-path} (env ZHIJIAN_PDF_FONT) when that file is readable, else the first
 * known system path that exists (unless {@code zhijian.pdf.system-fonts=false}), else the font
 * bundled in the application ({@value #BUNDLED}, a subset of WenQuanYi Micro Hei under Apache-2.0,
 * see fonts/README.md), read from the classpath so that it works from inside the packaged jar.
 * The bundled font comes last so that an installed full font, with every glyph it has, still wins;
 * it covers all CJK Unified Ideographs, so no machine needs a system font package.
 * CFF-outline fonts (most Noto CJK .otf/.ttc) cannot be embedded this way and are not looked for.
 */
@Component
public class PdfFonts {

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

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

    /** Classpath location of the font shipped with the application. */
    public static final String BUNDLED = "fonts/wqy-microhei-subset.ttf";

    /** What a feature draws on the pages; the document and font are open only while it runs. */
    @FunctionalInterface
    public interface Content {
        void write(PdfPages pages) throws IOException;
    }

    private final String configuredPath;
    private final List<String> systemPaths;

    @Autowired
    public PdfFonts(@Value("${zhijian.pdf.font-path:}") String configuredPath,
                    @Value("${zhijian.pdf.system-fonts:true}") boolean systemFonts) {
        this(configuredPath, systemFonts ? KNOWN_PATHS : List.of());
    }

    PdfFonts(String configuredPath, List<String> systemPaths) {
        this.configuredPath = configuredPath;
        this.systemPaths = systemPaths;
    }

    /** The font file to use, or null for the bundled font. */
    public Path fontPath() {
        if (configuredPath != null && !configuredPath.isBlank()) {
            Path p = Path.of(configuredPath.strip());
            if (isFontFile(p)) {
                return p;
            }
            log.warn("zhijian.pdf.font-path {} is not readable; using a system or the bundled font", p);
        }
        for (String candidate : systemPaths) {
            Path p = Path.of(candidate);
            if (isFontFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean isFontFile(Path p) {
        return Files.isRegularFile(p) && Files.isReadable(p);
    }

    /** Where the next PDF's font comes from, for logs and tests. */
    public String fontSource() {
        Path path = fontPath();
        return path != null ? path.toString() : "classpath:" + BUNDLED;
    }

    public byte[] render(Content content) {
        Path path = fontPath();
        try (PDDocument doc = new PDDocument(); OpenFont font = path != null ? open(path) : openBundled()) {
            return write(doc, PDType0Font.load(doc, font.font(), true), content);
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed with font " + fontSource(), e);
        }
    }

    /** A parsed font and what must stay open until the document is saved (the subset is made then). */
    private record OpenFont(TrueTypeFont font, Closeable owner) implements Closeable {
        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    private static OpenFont open(Path path) throws IOException {
        if (path.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(f -> first.compareAndSet(null, f));
            return new OpenFont(first.get(), collection);
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        return new OpenFont(ttf, ttf);
    }

    private static OpenFont openBundled() throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(Bundled.BYTES));
        return new OpenFont(ttf, ttf);
    }

    /** The bundled font's bytes, read once from the classpath (inside the jar) on first use. */
    private static final class Bundled {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled PDF font " + BUNDLED + " is missing from the "
                            + "classpath; set zhijian.pdf.font-path / ZHIJIAN_PDF_FONT to a TrueType CJK font");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
