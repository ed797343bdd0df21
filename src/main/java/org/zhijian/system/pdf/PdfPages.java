package org.zhijian.system.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A simple flowing layout on A4: a letterhead with a QR code, headings, wrapped paragraphs (text is
 * broken by its drawn width, Chinese at any character but not before closing punctuation, Latin at
 * spaces where it can), label/value lines, tables, vector charts and signature blocks; new pages
 * as the text runs down, and page numbers on every page once the document is done. Nothing is
 * drawn outside the margins except the page numbers, which sit in the bottom margin.
 */
public class PdfPages {

    /** The margin on every side, in points; text stays inside it. */
    public static final float MARGIN = 56;
    private static final float LEADING = 1.5f;
    private static final float QR_SIZE = 76;
    private static final float BAR_ROW = 14;
    private static final Color RED = new Color(0xC0, 0x10, 0x10);
    private static final Color BAR = new Color(0x3A, 0x6E, 0xA5);
    private static final Color COMPARISON = new Color(0xE0, 0x8A, 0x1E);
    private static final Color GRID = new Color(0xBB, 0xBB, 0xBB);
    /** Characters a line must not start with (Chinese typesetting's 避头点). */
    private static final String NO_LINE_START = "\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01\uff09\u300b\u300d\u300f\u3011\u3015\u201d\u2019,.;:?!)]%";

    private final PDDocument doc;
    private final PDFont font;
    private PDPageContentStream stream;
    private float y;
    private BiFunction<Integer, Integer, String> pageLabel;

    PdfPages(PDDocument doc, PDFont font) {
        this.doc = doc;
        this.font = font;
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void ensureRoom(float height) throws IOException {
        if (stream == null || y - height < MARGIN) {
            newPage();
        }
    }

    public void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void finish() throws IOException {
        if (stream == null) {
            newPage();
        }
        stream.close();
        if (pageLabel != null) {
            int total = doc.getNumberOfPages();
            float size = 9;
            for (int i = 0; i < total; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String label = printable(pageLabel.apply(i + 1, total));
                    float w = textWidth(label, size);
                    footer.beginText();
                    footer.setFont(font, size);
                    footer.newLineAtOffset(MARGIN + (width() - w) / 2, MARGIN / 2);
                    footer.showText(label);
                    footer.endText();
                }
            }
        }
    }

    /** Numbers every page when the document is done, e.g. (1, 3) → "第 1 页 共 3 页". */
    public void pageNumbers(BiFunction<Integer, Integer, String> label) {
        this.pageLabel = label;
    }

    /**
     * The letterhead at the top of the first page: the issuing authority's name in red, the
     * document number under it, a red rule across the page, and (when {@code qrContent} is given)
     * a QR code of it in the top right corner with a caption under it.
     */
    public void letterhead(String authority, String number, String qrContent, String qrCaption) throws IOException {
        ensureRoom(QR_SIZE + 40);
        float top = y;
        float reserved = qrContent == null ? 0 : QR_SIZE + 8;
        float bottom = top;
        if (qrContent != null) {
            qr(qrContent, MARGIN + width() - QR_SIZE, top - QR_SIZE, QR_SIZE);
            bottom = top - QR_SIZE;
            if (qrCaption != null) {
                float size = 6.5f;
                String c = printable(qrCaption);
                float cw = Math.min(textWidth(c, size), QR_SIZE);
                text(fit(c, size, QR_SIZE), MARGIN + width() - QR_SIZE + (QR_SIZE - cw) / 2, bottom - 10, size);
                bottom -= 12;
            }
        }
        stream.setNonStrokingColor(RED);
        centered(authority, 22, reserved);
        stream.setNonStrokingColor(Color.BLACK);
        if (number != null && !number.isBlank()) {
            y -= 4;
            centered(number, 11, reserved);
        }
        y = Math.min(y, bottom) - 6;
        stream.setStrokingColor(RED);
        stream.setLineWidth(1.6f);
        stream.moveTo(MARGIN, y);
        stream.lineTo(MARGIN + width(), y);
        stream.stroke();
        stream.setStrokingColor(Color.BLACK);
        y -= 10;
    }

    /** Draws a QR code of the content as vector squares, its lower left corner at (x, y). */
    private void qr(String content, float x, float bottom, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.CHARACTER_SET, "UTF-8",
                            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IOException("Cannot encode a QR code of " + content, e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    stream.addRect(x + col * module, bottom + size - (row + 1) * module, module, module);
                }
            }
        }
        stream.setNonStrokingColor(Color.BLACK);
        stream.fill();
    }

    /** Lines centred between the margins, leaving {@code reserved} points free on each side. */
    private void centered(String text, float size, float reserved) throws IOException {
        float max = width() - 2 * reserved;
        for (String line : wrap(printable(text), size, max)) {
            ensureRoom(size * LEADING);
            draw(line, MARGIN + Math.max(0, (width() - textWidth(line, size)) / 2), size);
        }
    }

    public void title(String text) throws IOException {
        float size = 18;
        ensureRoom(size * 2);
        centered(text, size, 0);
        y -= size / 2;
    }

    /** Lines aligned right, e.g. the issuing authority above the date. */
    public void right(String text, float size) throws IOException {
        for (String line : wrap(printable(text), size, width())) {
            ensureRoom(size * LEADING);
            draw(line, MARGIN + width() - textWidth(line, size), size);
        }
    }

    /** A data series for a chart: a label, a value (null: no data) and a comparison (null: none). */
    public record Point(String label, Double value, Double comparison) {
    }

    /**
     * A column chart drawn with lines and rectangles: one bar per point between {@code min} and
     * {@code max} (values outside are clipped to the axis), the comparison as a line with markers,
     * a legend and the axis values with {@code unit}.
     */
    public void columnChart(List<Point> points, double min, double max, String unit, String series,
                            String comparisonSeries) throws IOException {
        float height = 190;
        ensureRoom(height + 6);
        float axis = 34;
        float left = MARGIN + axis;
        float plotWidth = width() - axis;
        float top = y - 22;
        float bottom = y - height + 22;
        legend(series, comparisonSeries, y - 10);
        grid(min, max, unit, left, plotWidth, top, bottom);
        float slot = plotWidth / Math.max(1, points.size());
        float barWidth = slot * 0.5f;
        float labelSize = 7;
        Float lastX = null;
        Float lastY = null;
        List<float[]> markers = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            float cx = left + slot * i + slot / 2;
            if (p.value() != null) {
                float vy = scale(p.value(), min, max, bottom, top);
                stream.setNonStrokingColor(BAR);
                stream.addRect(cx - barWidth / 2, bottom, barWidth, vy - bottom);
                stream.fill();
                stream.setNonStrokingColor(Color.BLACK);
                String v = fit(printable(number(p.value())), 6, slot);
                text(v, cx - textWidth(v, 6) / 2, Math.min(vy, top - 6) + 2, 6);
            }
            if (p.comparison() != null) {
                float py = scale(p.comparison(), min, max, bottom, top);
                markers.add(new float[] {cx, py});
                if (lastX != null) {
                    stream.setStrokingColor(COMPARISON);
                    stream.setLineWidth(1.2f);
                    stream.moveTo(lastX, lastY);
                    stream.lineTo(cx, py);
                    stream.stroke();
                }
                lastX = cx;
                lastY = py;
            } else {
                lastX = null;
                lastY = null;
            }
            String label = fit(printable(p.label()), labelSize, slot - 1);
            text(label, cx - textWidth(label, labelSize) / 2, bottom - 10, labelSize);
        }
        stream.setNonStrokingColor(COMPARISON);
        for (float[] m : markers) {
            stream.addRect(m[0] - 2, m[1] - 2, 4, 4);
        }
        stream.fill();
        stream.setNonStrokingColor(Color.BLACK);
        stream.setStrokingColor(Color.BLACK);
        y -= height;
    }

    /**
     * A horizontal bar chart, one row per point (label on the left, the value after the bar), the
     * comparison as a short vertical tick; bars start at {@code min}.
     */
    public void barChart(List<Point> points, double min, double max, String unit, String series,
                         String comparisonSeries) throws IOException {
        // a long chart (a city of many districts) continues on the next page, legend and grid repeated
        int perPage = (int) ((PDRectangle.A4.getHeight() - 3 * MARGIN - 34) / BAR_ROW);
        if (points.size() > perPage) {
            for (int from = 0; from < points.size(); from += perPage) {
                barChart(points.subList(from, Math.min(points.size(), from + perPage)), min, max, unit, series,
                        comparisonSeries);
            }
            return;
        }
        float row = BAR_ROW;
        float labelWidth = 96;
        float valueWidth = 40;
        float height = 34 + row * points.size();
        ensureRoom(height);
        legend(series, comparisonSeries, y - 10);
        float left = MARGIN + labelWidth;
        float plotWidth = width() - labelWidth - valueWidth;
        float top = y - 20;
        float bottom = top - row * points.size();
        grid(min, max, unit, left, plotWidth, top, bottom, true);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            float rowTop = top - row * i;
            String label = fit(printable(p.label()), 8, labelWidth - 4);
            text(label, MARGIN, rowTop - row + 4, 8);
            if (p.value() != null) {
                float vx = scaleX(p.value(), min, max, left, plotWidth);
                stream.setNonStrokingColor(BAR);
                stream.addRect(left, rowTop - row + 3, vx - left, row - 6);
                stream.fill();
                stream.setNonStrokingColor(Color.BLACK);
                String v = fit(printable(number(p.value()) + unit), 7, valueWidth - 2);
                text(v, left + plotWidth + 2, rowTop - row + 4, 7);
            }
            if (p.comparison() != null) {
                float cx = scaleX(p.comparison(), min, max, left, plotWidth);
                stream.setStrokingColor(COMPARISON);
                stream.setLineWidth(1.5f);
                stream.moveTo(cx, rowTop - row + 1);
                stream.lineTo(cx, rowTop - 1);
                stream.stroke();
                stream.setStrokingColor(Color.BLACK);
            }
        }
        y = bottom - 14;
    }

    private void legend(String series, String comparisonSeries, float baseline) throws IOException {
        float x = MARGIN;
        float size = 8;
        stream.setNonStrokingColor(BAR);
        stream.addRect(x, baseline, 8, 6);
        stream.fill();
        stream.setNonStrokingColor(Color.BLACK);
        String s = fit(printable(series), size, width() / 2 - 14);
        text(s, x + 11, baseline, size);
        if (comparisonSeries != null) {
            x += 14 + textWidth(s, size) + 14;
            stream.setNonStrokingColor(COMPARISON);
            stream.addRect(x, baseline + 1, 8, 4);
            stream.fill();
            stream.setNonStrokingColor(Color.BLACK);
            text(fit(printable(comparisonSeries), size, width() / 2 - 14), x + 11, baseline, size);
        }
    }

    private void grid(double min, double max, String unit, float left, float plotWidth, float top, float bottom)
            throws IOException {
        grid(min, max, unit, left, plotWidth, top, bottom, false);
    }

    /** Three grid lines (min, middle, max) with their values; vertical for a horizontal bar chart. */
    private void grid(double min, double max, String unit, float left, float plotWidth, float top, float bottom,
                      boolean vertical) throws IOException {
        stream.setStrokingColor(GRID);
        stream.setLineWidth(0.4f);
        for (int i = 0; i <= 2; i++) {
            double v = min + (max - min) * i / 2;
            String label = printable(number(v) + unit);
            if (vertical) {
                float x = scaleX(v, min, max, left, plotWidth);
                stream.moveTo(x, bottom);
                stream.lineTo(x, top);
                stream.stroke();
                text(label, Math.min(x - textWidth(label, 6.5f) / 2, MARGIN + width() - textWidth(label, 6.5f)),
                        bottom - 9, 6.5f);
            } else {
                float ly = scale(v, min, max, bottom, top);
                stream.moveTo(left, ly);
                stream.lineTo(left + plotWidth, ly);
                stream.stroke();
                text(label, Math.max(MARGIN, left - 3 - textWidth(label, 6.5f)), ly - 2, 6.5f);
            }
        }
        stream.setStrokingColor(Color.BLACK);
        stream.setLineWidth(0.8f);
        stream.moveTo(left, bottom);
        stream.lineTo(vertical ? left : left + plotWidth, vertical ? top : bottom);
        stream.stroke();
    }

    private static float scale(double v, double min, double max, float bottom, float top) {
        double clipped = Math.max(min, Math.min(max, v));
        return (float) (bottom + (top - bottom) * (clipped - min) / (max - min));
    }

    private static float scaleX(double v, double min, double max, float left, float plotWidth) {
        double clipped = Math.max(min, Math.min(max, v));
        return (float) (left + plotWidth * (clipped - min) / (max - min));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /** The text cut (with an ellipsis) to fit the width, for labels that have one line only. */
    private String fit(String text, float size, float max) throws IOException {
        if (textWidth(text, size) <= max) {
            return text;
        }
        String ellipsis = printable("\u2026");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = sb + new String(Character.toChars(cp));
            if (textWidth(next + ellipsis, size) > max) {
                break;
            }
            sb.append(Character.toChars(cp));
            i += Character.charCount(cp);
        }
        return sb + ellipsis;
    }

    public void heading(String text) throws IOException {
        gap(6);
        paragraph(text, 13);
    }

    public void paragraph(String text, float size) throws IOException {
        for (String line : wrap(printable(text), size, width())) {
            ensureRoom(size * LEADING);
            draw(line, MARGIN, size);
        }
    }

    /** "Label: value" with the value wrapped under itself. */
    public void field(String label, String value) throws IOException {
        float size = 11;
        String l = printable(label) + ": ";
        if (textWidth(l, size) > width() / 3) {
            // a long label gets its own lines and the value the whole width under it
            paragraph(l, size);
            paragraph(value == null ? "" : value, size);
            return;
        }
        float indent = textWidth(l, size);
        List<String> lines = wrap(printable(value == null ? "" : value), size, width() - indent);
        for (int i = 0; i < lines.size(); i++) {
            ensureRoom(size * LEADING);
            if (i == 0) {
                drawAt(l, MARGIN, size);
            }
            draw(lines.get(i), MARGIN + indent, size);
        }
    }

    /** A table with relative column widths; the first row is the header. */
    public void table(float[] weights, List<String[]> rows) throws IOException {
        float size = 9.5f;
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        for (String[] row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < weights.length; c++) {
                List<String> lines = wrap(printable(c < row.length ? row[c] : ""), size,
                        width() * weights[c] / total - 4);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            ensureRoom(height * size * LEADING + 2);
            for (int line = 0; line < height; line++) {
                float x = MARGIN;
                y -= size * LEADING;
                for (int c = 0; c < weights.length; c++) {
                    List<String> lines = cells.get(c);
                    if (line < lines.size()) {
                        text(lines.get(line), x, y, size);
                    }
                    x += width() * weights[c] / total;
                }
            }
            y -= 3;
            stream.moveTo(MARGIN, y + 1);
            stream.lineTo(MARGIN + width(), y + 1);
            stream.setLineWidth(0.3f);
            stream.stroke();
        }
    }

    /** Blocks side by side with a line to sign on and a date line under each. */
    public void signatures(String dateLabel, String... labels) throws IOException {
        float size = 11;
        gap(24);
        ensureRoom(size * LEADING * 4);
        float col = width() / labels.length;
        float top = y;
        for (int i = 0; i < labels.length; i++) {
            float x = MARGIN + i * col;
            text(printable(labels[i]) + ":", x, top - size * LEADING, size);
            stream.moveTo(x, top - size * LEADING * 2.6f);
            stream.lineTo(x + col - 16, top - size * LEADING * 2.6f);
            stream.setLineWidth(0.5f);
            stream.stroke();
            text(printable(dateLabel), x, top - size * LEADING * 3.6f, size);
        }
        y = top - size * LEADING * 4;
    }

    public void gap(float points) throws IOException {
        ensureRoom(points);
        y -= points;
    }

    private void draw(String line, float x, float size) throws IOException {
        y -= size * LEADING;
        text(line, x, y, size);
    }

    private void drawAt(String line, float x, float size) throws IOException {
        text(line, x, y - size * LEADING, size);
    }

    private void text(String s, float x, float baseline, float size) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(s);
        stream.endText();
    }

    private float textWidth(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /**
     * Breaks text into lines no wider than {@code max}: at any character between Chinese
     * characters, at the last space in a run of Latin text, and never so that a line starts with
     * closing punctuation (the character before it moves down with it).
     */
    List<String> wrap(String text, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < para.length(); ) {
                int cp = para.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (line.length() > 0 && textWidth(line + ch, size) > max) {
                    int cut = breakAt(line, ch);
                    lines.add(line.substring(0, cut).stripTrailing());
                    String carried = line.substring(cut);
                    line.setLength(0);
                    line.append(ch.equals(" ") && carried.isEmpty() ? "" : carried);
                    if (ch.equals(" ")) {
                        i += 1;
                        continue;
                    }
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Where to break a full line before {@code next}: its length, or earlier to keep words and punctuation. */
    private static int breakAt(StringBuilder line, String next) {
        int n = line.length();
        if (NO_LINE_START.contains(next) && n > 1) {
            return n - Character.charCount(line.codePointBefore(n));
        }
        if (isLatin(next.codePointAt(0)) && isLatin(line.codePointBefore(n))) {
            int space = line.lastIndexOf(" ");
            if (space > 0 && n - space < 30) {
                return space + 1;
            }
        }
        return n;
    }

    private static boolean isLatin(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }

    /** Drops what the font cannot draw (control characters, rare symbols) instead of failing. */
    private String printable(String text) {
        StringBuilder sb = new StringBuilder();
        String s = text == null ? "" : text.replace('\t', ' ').replace("\r", "");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (cp == '\n') {
                sb.append(ch);
            } else if (!Character.isISOControl(cp)) {
                try {
                    font.encode(ch);
                    sb.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    sb.append('?');
                }
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
