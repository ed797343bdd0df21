package org.zhijian.system.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What a user typed reaches Excel as text, never as a formula (OWASP CSV/formula injection). */
class XlsxSheetTests {

    @Test
    void textThatStartsLikeAFormulaIsWrittenInert() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
                "\t=1+1", "\r=1+1");
        Row row = writeAndReadBack(List.of(hostile.toArray())).getRow(1);
        for (int c = 0; c < hostile.size(); c++) {
            Cell cell = row.getCell(c);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'" + hostile.get(c));
        }
    }

    @Test
    void ordinaryValuesAreWrittenAsTheyAre() throws Exception {
        Row row = writeAndReadBack(List.of("电线电缆", "-0.5", "+3", "a=b", new BigDecimal("-1.25"))).getRow(1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("电线电缆");
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("-0.5");
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("+3");
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo("a=b");
        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(-1.25);
    }

    @Test
    void headerTitlesAreNeutralisedToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = XlsxSheet.open(out, "s")) {
            sheet.header(List.of("=1+1"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("'=1+1");
        }
    }

    private static org.apache.poi.ss.usermodel.Sheet writeAndReadBack(List<?> values) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = XlsxSheet.open(out, "s")) {
            sheet.header(List.of("h"));
            sheet.add(values);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            return wb.getSheetAt(0);
        }
    }
}
