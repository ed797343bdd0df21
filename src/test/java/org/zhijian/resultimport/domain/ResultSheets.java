package org.zhijian.resultimport.domain;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;

/** Agency result files for import tests: rows in the template's columns, of one enterprise, product and samplers. */
record ResultSheets(Enterprise enterprise, ProductCategory product, User inspector, User second, String prefix) {

    /** header + rows; a LocalDate becomes a date cell, a Double a number cell, anything else text. */
    static Path xlsx(List<List<Object>> rows) throws Exception {
        Path file = Files.createTempFile("import-test", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("结果");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            ImportColumn[] columns = ImportColumn.values();
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c].title());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (v instanceof Double n) {
                        cell.setCellValue(n);
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    List<Object> row(String form, Object code, String item, Object value) {
        List<Object> r = new ArrayList<>();
        r.add(form);
        r.add(code);
        r.add(product.getName());
        r.add("森林");
        r.add("1220×2440×18mm");
        r.add("P20260301");
        r.add(LocalDate.of(2026, 3, 1));
        r.add(3.0);
        r.add("３");
        r.add("张");
        r.add("2026/3/20");
        r.add("成品仓库");
        r.add(inspector.getUsername() + "、 " + second.getDisplayName());
        r.add("台州市产品质量安全检测研究院");
        r.add("BG-" + form);
        r.add("2026年4月2日");
        r.add(item);
        r.add(value);
        return r;
    }

    /** Two batches (prefix1 passing, prefix2 failing) in five rows. */
    List<List<Object>> goodRows() {
        String code = enterprise.getCreditCode().value();
        return List.of(
                row(prefix + "1", code, "甲醛释放量", "０．０５"),
                row(prefix + "1", " " + code.toLowerCase() + " ", "含水率", 8.2),
                row(prefix + "1", code, "标识", "合格"),
                row(prefix + "2", code, "甲醛释放量", 0.2),
                row(prefix + "2", code, "含水率", " 9 "));
    }
}
