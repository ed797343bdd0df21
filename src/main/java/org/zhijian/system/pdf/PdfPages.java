package org.zhijian.system.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A simple flowing layout on A4: headings, wrapped paragraphs (Chinese wraps at any character),
 * label/value lines, tables and signature blocks; new pages as the text runs down.
 */
public class PdfPages {

    private static final float MARGIN = 56;
    private static final float LEADING = 1.5f;

    private final PDDocument doc;
    private final PDFont font;
    private PDPageContentStream stream;
    private float y;

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
    }

    public void title(String text) throws IOException {
        float size = 18;
        ensureRoom(size * 2);
        String t = printable(text);
        float w = textWidth(t, size);
        draw(t, MARGIN + Math.max(0, (width() - w) / 2), size);
        y -= size;
    }

    /** A line aligned right, e.g. the notice number under the title. */
    public void right(String text, float size) throws IOException {
        ensureRoom(size * LEADING);
        String t = printable(text);
        draw(t, MARGIN + width() - textWidth(t, size), size);
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
        float indent = Math.min(textWidth(l, size), width() / 3);
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

    private List<String> wrap(String text, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < para.length(); ) {
                int cp = para.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (line.length() > 0 && textWidth(line + ch, size) > max) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
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
