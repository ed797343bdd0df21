package org.zhijian.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads an official document back the way a reader would: where every glyph is drawn, what the QR
 * code says, how many chart bars are drawn. {@code -Ddocs.record=true} also writes the first page
 * as a PNG under docs/documents/ (the pictures the README shows).
 */
public final class PdfChecks {

    /** The layout's margin (PdfPages.MARGIN): text must stay between the left and right ones. */
    public static final float MARGIN = 56;

    private PdfChecks() {
    }

    /** Every glyph drawn outside the page box or the left/right margins, as "page: text at x,y". */
    public static List<String> textOutsideTheBox(PDDocument doc) throws IOException {
        List<String> outside = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                PDRectangle box = getCurrentPage().getMediaBox();
                for (TextPosition p : positions) {
                    float left = p.getXDirAdj();
                    float right = left + p.getWidthDirAdj();
                    float baseline = p.getYDirAdj();
                    boolean inside = left >= MARGIN - 0.5f && right <= box.getWidth() - MARGIN + 0.5f
                            && baseline - p.getHeightDir() >= 0 && baseline <= box.getHeight();
                    if (!inside) {
                        outside.add(getCurrentPageNo() + ": " + p.getUnicode() + " at " + left + "-" + right + ","
                                + baseline + " in " + text);
                    }
                }
            }
        };
        stripper.getText(doc);
        return outside;
    }

    /** The text of one page (1-based), whitespace removed. */
    public static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", "");
    }

    /** The QR code in the top right quarter of a page (0-based), decoded from the page rendered at 200 dpi. */
    public static String qrCode(PDDocument doc, int page) throws IOException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 200, ImageType.RGB);
        BufferedImage corner = image.getSubimage(image.getWidth() / 2, 0, image.getWidth() / 2,
                image.getHeight() / 4);
        int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("No readable QR code in the top right corner of page " + (page + 1), e);
        }
    }

    /**
     * How many rectangles a page fills in the charts' bar colour (PdfPages' BAR, #3A6EA5): the bars
     * drawn as vector graphics (the legend's swatch counts one).
     */
    public static int chartBars(PDDocument doc, int page) throws IOException {
        PDPage p = doc.getPage(page);
        PDFStreamParser parser = new PDFStreamParser(p);
        List<Object> operands = new ArrayList<>();
        boolean barColour = false;
        int bars = 0;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op) {
                switch (op.getName()) {
                    case "rg", "sc", "scn" -> barColour = operands.size() == 3 && near(operands.get(0), 0x3A)
                            && near(operands.get(1), 0x6E) && near(operands.get(2), 0xA5);
                    case "re" -> bars += barColour ? 1 : 0;
                    default -> { }
                }
                operands.clear();
            } else {
                operands.add(token);
            }
        }
        return bars;
    }

    private static boolean near(Object operand, int rgb) {
        return operand instanceof COSNumber n && Math.abs(n.floatValue() * 255 - rgb) < 1;
    }

    /** With -Ddocs.record=true, writes the first page as docs/documents/{name}.png (run from the project root). */
    public static void recordFirstPage(PDDocument doc, String name) throws IOException {
        if (!Boolean.getBoolean("docs.record")) {
            return;
        }
        Path dir = Path.of("docs", "documents");
        Files.createDirectories(dir);
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 110, ImageType.RGB);
        ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
    }
}
