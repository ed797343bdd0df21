package org.zhijian.resultimport.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The downloadable import template: the Chinese headers agencies fill in, two
 * example rows (one batch, two items), and a sheet explaining every column.
 */
@Component
public class ImportTemplate {

    static final List<List<String>> EXAMPLE = List.of(
            List.of("TZ2026-0001", "91330100799655058B", "人造板", "森林", "1220×2440×18mm", "20260301", "2026-03-01",
                    "3", "3", "张", "2026-03-20", "成品仓库", "lq_inspector1、lq_inspector2", "台州市产品质量安全检测研究院",
                    "BG2026-0001", "2026-04-02", "甲醛释放量", "0.05"),
            List.of("TZ2026-0001", "91330100799655058B", "人造板", "森林", "1220×2440×18mm", "20260301", "2026-03-01",
                    "3", "3", "张", "2026-03-20", "成品仓库", "lq_inspector1、lq_inspector2", "台州市产品质量安全检测研究院",
                    "BG2026-0001", "2026-04-02", "含水率", "8.2"));

    private final MessageSource messages;

    ImportTemplate(MessageSource messages) {
        this.messages = messages;
    }

    public void xlsx(OutputStream out, Locale locale) throws IOException {
        Workbook wb = new Workbook(out, "Zhijian", "1.0");
        Worksheet sheet = wb.newWorksheet(messages.getMessage("spotcheck.import.template.sheet", null, locale));
        ImportColumn[] columns = ImportColumn.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.value(0, c, columns[c].title());
            sheet.style(0, c).bold().fillColor(columns[c].required() ? "FFE699" : "DDEBF7").set();
            sheet.width(c, 16);
            for (int r = 0; r < EXAMPLE.size(); r++) {
                sheet.value(r + 1, c, EXAMPLE.get(r).get(c));
            }
        }
        Worksheet help = wb.newWorksheet(messages.getMessage("spotcheck.import.template.help", null, locale));
        help.value(0, 0, messages.getMessage("spotcheck.import.template.column", null, locale));
        help.value(0, 1, messages.getMessage("spotcheck.import.template.requiredTitle", null, locale));
        help.value(0, 2, messages.getMessage("spotcheck.import.template.meaning", null, locale));
        help.width(2, 90);
        for (int c = 0; c < columns.length; c++) {
            help.value(c + 1, 0, columns[c].title());
            help.value(c + 1, 1, messages.getMessage(columns[c].required() ? "spotcheck.yes" : "spotcheck.no", null,
                    locale));
            help.value(c + 1, 2, messages.getMessage(columns[c].messageCode(), null, locale));
        }
        help.value(columns.length + 2, 0, messages.getMessage("spotcheck.import.template.rules", null, locale));
        wb.finish();
    }

    public void csv(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT);
        for (ImportColumn c : ImportColumn.values()) {
            p.print(c.title());
        }
        p.println();
        for (List<String> row : EXAMPLE) {
            p.printRecord(row);
        }
        p.flush();
    }
}
