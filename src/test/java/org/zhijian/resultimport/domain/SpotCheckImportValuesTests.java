package org.zhijian.resultimport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhijian.system.BusinessRuleException;

/** How import cells are read, whichever office suite wrote them; without Spring. */
class SpotCheckImportValuesTests {

    @Test
    void datesInEveryUsualSpelling() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(ImportValues.date("2026-03-01", "d")).isEqualTo(day);
        assertThat(ImportValues.date("2026/3/1", "d")).isEqualTo(day);
        assertThat(ImportValues.date("2026年3月1日", "d")).isEqualTo(day);
        assertThat(ImportValues.date("２０２６－０３－０１", "d")).isEqualTo(day);
        assertThat(ImportValues.date(" 20260301 ", "d")).isEqualTo(day);
        assertThat(ImportValues.date("2026-03-01 00:00:00", "d")).isEqualTo(day);
        // Excel's serial day (1900 system) and a yyyymmdd number cell
        assertThat(ImportValues.date(new BigDecimal("46082"), "d")).isEqualTo(day);
        assertThat(ImportValues.date(new BigDecimal("20260301"), "d")).isEqualTo(day);
        assertThat(ImportValues.date("", "d")).isNull();
        assertThatThrownBy(() -> ImportValues.date("2026-02-30", "d")).isInstanceOf(BusinessRuleException.class)
                .hasMessage("spotcheck.import.badDate");
        assertThatThrownBy(() -> ImportValues.date("三月一日", "d")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void countsAreWholeNumbers() {
        assertThat(ImportValues.count("３", "n")).isEqualTo(3);
        assertThat(ImportValues.count(new BigDecimal("3.0"), "n")).isEqualTo(3);
        assertThatThrownBy(() -> ImportValues.count("2.5", "n")).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> ImportValues.count("-1", "n")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void textLosesStraySpacesAndFullWidthLetters() {
        assertThat(ImportValues.text("  人造板\u3000")).isEqualTo("人造板");
        assertThat(ImportValues.text("ＢＧ２０２６  －１")).isEqualTo("BG2026 -1");
        assertThat(ImportValues.text(new BigDecimal("8.20"))).isEqualTo("8.2");
    }

    @Test
    void headersAreMatchedByTitleInAnyOrderAndRequiredOnesMustBeThere() {
        List<String> headers = new java.util.ArrayList<>();
        for (ImportColumn c : ImportColumn.values()) {
            headers.add(0, " " + c.title());
        }
        headers.add("备注");
        int[] map = SheetReader.headerMap(headers);
        assertThat(map[0]).isEqualTo(ImportColumn.VALUE.ordinal());
        assertThat(map[map.length - 1]).isEqualTo(-1);
        assertThatThrownBy(() -> SheetReader.headerMap(List.of("抽样单编号", "检测值")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("spotcheck.import.missingColumn");
    }
}
