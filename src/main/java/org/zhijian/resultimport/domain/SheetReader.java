package org.zhijian.resultimport.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.zhijian.spotcheck.domain.MeasuredValue;
import org.zhijian.system.BusinessRuleException;

/**
 * Streams the rows of an uploaded .xlsx (fastexcel-reader, one row at a time)
 * or .csv (commons-csv; UTF-8 with or without BOM, else GB18030 as Chinese
 * Excel saves it), mapping cells to template columns by header title.
 */
final class SheetReader {

    private SheetReader() {
    }

    static boolean isXlsx(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            return in.read(head) == 4 && ReadableWorkbook.isOOXMLZipHeader(head);
        }
    }

    /**
     * The number of data rows, cheaply: the sheet's dimension element for .xlsx
     * (written first by Excel, LibreOffice and WPS), a line count for .csv; null
     * when unknown. Only used to show progress.
     */
    static Integer estimateRows(Path file) {
        try {
            if (isXlsx(file)) {
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    var entry = zip.getEntry("xl/worksheets/sheet1.xml");
                    if (entry == null) {
                        return null;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                        var m = java.util.regex.Pattern.compile("<(?:\\w+:)?dimension ref=\"[A-Z]+\\d+:[A-Z]+(\\d+)\"")
                                .matcher(head);
                        return m.find() ? Math.max(0, Integer.parseInt(m.group(1)) - 1) : null;
                    }
                }
            }
            try (var lines = Files.lines(file, detectCharset(file))) {
                return (int) Math.max(0, lines.count() - 1);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Reads every data row in order; the header row is matched first and must carry the required columns. */
    static void read(Path file, Consumer<RawRow> sink) throws IOException {
        if (isXlsx(file)) {
            readXlsx(file, sink);
        } else {
            readCsv(file, sink);
        }
    }

    private static void readXlsx(Path file, Consumer<RawRow> sink) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false))) {
            Sheet sheet = wb.getFirstSheet();
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> it = rows.iterator();
                int[] map = null;
                while (it.hasNext()) {
                    Row row = it.next();
                    if (map == null) {
                        map = headerMap(row.stream().map(c -> c == null ? "" : c.getText()).toList());
                        continue;
                    }
                    Object[] cells = new Object[ImportColumn.values().length];
                    for (int col = 0; col < map.length; col++) {
                        if (map[col] >= 0 && row.hasCell(col)) {
                            cells[map[col]] = value(row.getCell(col));
                        }
                    }
                    sink.accept(new RawRow(row.getRowNum(), cells));
                }
                if (map == null) {
                    throw new BusinessRuleException("file", "spotcheck.import.empty");
                }
            }
        }
    }

    private static Object value(Cell c) {
        if (c == null || c.getType() == CellType.EMPTY) {
            return null;
        }
        if (c.getType() == CellType.NUMBER) {
            return new BigDecimal(c.getRawValue());
        }
        if (c.getType() == CellType.FORMULA && c.getValue() instanceof BigDecimal bd) {
            return bd;
        }
        return c.getText();
    }

    private static void readCsv(Path file, Consumer<RawRow> sink) throws IOException {
        Charset charset = detectCharset(file);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), charset);
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).get().parse(reader)) {
            int[] map = null;
            for (CSVRecord rec : parser) {
                if (map == null) {
                    map = headerMap(rec.toList());
                    continue;
                }
                Object[] cells = new Object[ImportColumn.values().length];
                for (int col = 0; col < map.length && col < rec.size(); col++) {
                    if (map[col] >= 0) {
                        cells[map[col]] = rec.get(col);
                    }
                }
                sink.accept(new RawRow((int) rec.getRecordNumber(), cells));
            }
            if (map == null) {
                throw new BusinessRuleException("file", "spotcheck.import.empty");
            }
        }
    }

    static Charset detectCharset(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64 * 1024);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(trimPartial(head)));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }

    /** Drops a UTF-8 sequence cut off at the end of the sample so it is not taken for bad input. */
    private static byte[] trimPartial(byte[] head) {
        int end = head.length;
        int back = 0;
        while (end > 0 && back < 3 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
            back++;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        return java.util.Arrays.copyOf(head, head.length == 64 * 1024 ? end : head.length);
    }

    /** Column index → template column ordinal (-1 = ignored); refuses a file missing a required column. */
    static int[] headerMap(List<String> headers) {
        int[] map = new int[headers.size()];
        boolean[] seen = new boolean[ImportColumn.values().length];
        for (int i = 0; i < headers.size(); i++) {
            map[i] = -1;
            String h = MeasuredValue.normalise(headers.get(i));
            for (ImportColumn c : ImportColumn.values()) {
                if (c.title().equals(h) && !seen[c.ordinal()]) {
                    map[i] = c.ordinal();
                    seen[c.ordinal()] = true;
                }
            }
        }
        for (ImportColumn c : ImportColumn.values()) {
            if (c.required() && !seen[c.ordinal()]) {
                throw new BusinessRuleException("file", "spotcheck.import.missingColumn", c.title());
            }
        }
        return map;
    }
}
