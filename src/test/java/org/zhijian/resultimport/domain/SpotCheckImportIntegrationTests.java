package org.zhijian.resultimport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * Agency imports on PostgreSQL: a good file is committed whole, a file with one
 * bad row writes nothing and says which row, and files written by POI,
 * LibreOffice and as GB18030 CSV read the same.
 */
class SpotCheckImportIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    ResultImportService imports;

    @Autowired
    SpotCheckTestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    District district;
    Enterprise enterprise;
    ProductCategory product;
    User inspector;
    User second;
    String prefix;
    ResultSheets sheets;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId(), Industry.WOOD_PANEL);
        product = data.woodPanel();
        inspector = fixtures.user(Role.INSPECTOR, district.getId());
        second = fixtures.user(Role.INSPECTOR, district.getId());
        prefix = "IMP" + Fixtures.next() + "-";
        sheets = new ResultSheets(enterprise, product, inspector, second, prefix);
    }

    private static Path xlsx(List<List<Object>> rows) throws Exception {
        return ResultSheets.xlsx(rows);
    }

    private List<Object> row(String form, Object code, String item, Object value) {
        return sheets.row(form, code, item, value);
    }

    private List<List<Object>> goodRows() {
        return sheets.goodRows();
    }

    private ImportJob run(Path file, User as) {
        return fixtures.as(Fixtures.details(as), () -> imports.importNow(file, file.getFileName().toString(), null));
    }

    private int batchesLike(String like) {
        return jdbc.queryForObject("select count(*) from sampling_batch where form_number like ?", Integer.class,
                like + "%");
    }

    @Test
    void goodFileIsCommittedWholeWithDerivedVerdicts() throws Exception {
        ImportJob job = run(xlsx(goodRows()), inspector);

        assertThat(job.issues()).isEmpty();
        assertThat(job.status()).isEqualTo("COMMITTED");
        assertThat(job.batchesWritten()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select verdict from sampling_batch where form_number = ?", String.class,
                prefix + "1")).isEqualTo("PASS");
        assertThat(jdbc.queryForObject("select status from sampling_batch where form_number = ?", String.class,
                prefix + "2")).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select count(*) from batch_result r join sampling_batch b on b.id = r.batch_id"
                + " where b.form_number like ?", Integer.class, prefix + "%")).isEqualTo(5);
        assertThat(jdbc.queryForObject("select measured_value from batch_result r join sampling_batch b"
                + " on b.id = r.batch_id join test_item i on i.id = r.test_item_id where b.form_number = ?"
                + " and i.name = '甲醛释放量'", java.math.BigDecimal.class, prefix + "1")).isEqualByComparingTo("0.05");
        assertThat(jdbc.queryForObject("select backup_quantity from sampling_batch where form_number = ?",
                Integer.class, prefix + "1")).isEqualTo(3);
        assertThat(jdbc.queryForObject("select sampling_date from sampling_batch where form_number = ?",
                LocalDate.class, prefix + "1")).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(jdbc.queryForObject("select count(*) from batch_sampler s join sampling_batch b on b.id = s.batch_id"
                + " where b.form_number = ?", Integer.class, prefix + "1")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from archive_entry where enterprise_id = ? and category ="
                + " 'SPOTCHECK'", Integer.class, enterprise.getId())).isEqualTo(2);
    }

    /** The archive lines go through the enterprise module (ArchiveTimeline.recordAll), one per batch. */
    @Test
    void eachImportedBatchGetsItsArchiveLine() throws Exception {
        ImportJob job = run(xlsx(goodRows()), inspector);

        assertThat(job.status()).isEqualTo("COMMITTED");
        var line = jdbc.queryForMap("select a.* from archive_entry a join sampling_batch b"
                + " on a.link = '/spotchecks/batches/' || b.id where b.form_number = ?", prefix + "2");
        assertThat(line.get("enterprise_id")).isEqualTo(enterprise.getId());
        assertThat(line.get("category")).isEqualTo("SPOTCHECK");
        assertThat(line.get("message_code")).isEqualTo("archive.spotcheck.imported");
        assertThat(line.get("message_args")).isEqualTo(String.join("\u001F", prefix + "2", product.getName(),
                "msg:spotcheck.verdict.FAIL"));
        assertThat(line.get("actor")).isEqualTo(inspector.getUsername());
    }

    @Test
    void oneBadRowMeansNothingIsWrittenAndTheRowIsNamed() throws Exception {
        List<List<Object>> rows = new ArrayList<>(goodRows());
        rows.add(row(prefix + "3", enterprise.getCreditCode().value(), "甲醛释放量", "约0.1"));

        ImportJob job = run(xlsx(rows), inspector);

        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(job.issues()).singleElement().satisfies(i -> {
            assertThat(i.row()).isEqualTo(7);
            assertThat(i.column()).isEqualTo("检测值");
            assertThat(i.code()).isEqualTo("spotcheck.result.notNumeric");
        });
        assertThat(batchesLike(prefix)).isZero();
    }

    @Test
    void everyKindOfBadRowIsReportedBeforeAnythingIsWritten() throws Exception {
        String code = enterprise.getCreditCode().value();
        List<List<Object>> rows = new ArrayList<>(goodRows());
        rows.add(row(prefix + "4", "91330100799655058A", "甲醛释放量", "0.1"));
        rows.add(row(prefix + "5", Fixtures.uniqueCreditCode().value(), "甲醛释放量", "0.1"));
        rows.add(row(prefix + "1", code, "甲醛释放量", "0.06"));
        rows.add(row(prefix + "6", code, "静曲强度", "12"));
        List<Object> badDate = row(prefix + "7", code, "甲醛释放量", "0.1");
        badDate.set(ImportColumn.SAMPLING_DATE.ordinal(), "2026-02-30");
        rows.add(badDate);

        ImportJob job = run(xlsx(rows), inspector);

        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(job.issues()).extracting(RowIssue::code).containsExactlyInAnyOrder(
                "spotcheck.import.badCreditCode", "spotcheck.import.unknownEnterprise",
                "spotcheck.import.duplicateItem", "spotcheck.import.unknownItem", "spotcheck.import.badDate");
        assertThat(batchesLike(prefix)).isZero();
    }

    @Test
    void formNumbersAlreadyRecordedAreRefused() throws Exception {
        assertThat(run(xlsx(goodRows()), inspector).status()).isEqualTo("COMMITTED");
        List<List<Object>> corrected = new ArrayList<>(goodRows());
        corrected.set(4, row(prefix + "2", enterprise.getCreditCode().value(), "含水率", "9.5"));

        ImportJob again = run(xlsx(corrected), inspector);

        assertThat(again.status()).isEqualTo("REJECTED");
        assertThat(again.issues()).extracting(RowIssue::code).containsOnly("spotcheck.batch.formNumberDuplicate");
        assertThat(batchesLike(prefix)).isEqualTo(2);
    }

    @Test
    void anotherDistrictsEnterpriseIsOutOfScope() throws Exception {
        User stranger = fixtures.user(Role.INSPECTOR, fixtures.district().getId());

        ImportJob job = run(xlsx(goodRows()), stranger);

        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(job.issues()).extracting(RowIssue::code).contains("spotcheck.import.outOfScope");
        assertThat(batchesLike(prefix)).isZero();
    }

    @Test
    void csvSavedByChineseExcelInGb18030ReadsTheSame() throws Exception {
        StringBuilder csv = new StringBuilder();
        for (ImportColumn c : ImportColumn.values()) {
            csv.append(c.ordinal() == 0 ? "" : ",").append(c.title());
        }
        csv.append('\n');
        for (List<Object> r : goodRows()) {
            List<String> cells = r.stream().map(v -> v instanceof LocalDate d ? d.toString() : String.valueOf(v))
                    .toList();
            csv.append(String.join(",", cells)).append('\n');
        }
        Path file = Files.createTempFile("import-test", ".csv");
        Files.writeString(file, csv, Charset.forName("GB18030"));

        ImportJob job = run(file, inspector);

        assertThat(job.issues()).isEmpty();
        assertThat(job.status()).isEqualTo("COMMITTED");
        assertThat(batchesLike(prefix)).isEqualTo(2);
    }

    @Test
    void fileMadeByLibreOfficeReadsTheSame() throws Exception {
        // src/test/resources/spotcheck/libreoffice-results.xlsx was converted by LibreOffice Calc 7.4 from the
        // .source.csv beside it: date cells, number cells, full-width text and padded credit codes.
        District loDistrict = fixtures.district();
        Enterprise lo = data.enterpriseWithCode("91331002MA2AB0L01G", loDistrict.getId());
        data.woodPanel("LO人造板");
        User a = data.inspectorNamed("lo_sampler_a", lo.getDistrictId());
        data.inspectorNamed("lo_sampler_b", lo.getDistrictId());
        Path file = Files.createTempFile("libreoffice", ".xlsx");
        try (var in = getClass().getResourceAsStream("/spotcheck/libreoffice-results.xlsx")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (batchesLike("LO-FIXTURE-") > 0) {
            // a persistent test database already holds the fixture's batches, and the file, from an earlier run
            assertThatThrownBy(() -> run(file, a)).isInstanceOf(DuplicateImportException.class);
            return;
        }

        ImportJob job = run(file, a);

        assertThat(job.issues()).isEmpty();
        assertThat(job.status()).isEqualTo("COMMITTED");
        assertThat(jdbc.queryForObject("select verdict from sampling_batch where form_number = 'LO-FIXTURE-0001'",
                String.class)).isEqualTo("PASS");
        assertThat(jdbc.queryForObject("select verdict from sampling_batch where form_number = 'LO-FIXTURE-0002'",
                String.class)).isEqualTo("FAIL");
        assertThat(jdbc.queryForObject("select production_date from sampling_batch where form_number ="
                + " 'LO-FIXTURE-0001'", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(jdbc.queryForObject("select tested_on from sampling_batch where form_number = 'LO-FIXTURE-0001'",
                LocalDate.class)).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(jdbc.queryForObject("select sample_quantity from sampling_batch where form_number ="
                + " 'LO-FIXTURE-0002'", Integer.class)).isEqualTo(2);
    }

    @Test
    void uploadFromThePageRunsInTheBackgroundAndReportsItsProgress() throws Exception {
        byte[] bytes = Files.readAllBytes(xlsx(goodRows()));
        var details = Fixtures.details(inspector);
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/spotchecks/imports").file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "results.xlsx", "application/octet-stream", bytes))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(details)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/spotchecks/imports/\\d+");

        String status = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                                .get(location + "/progress")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(details)))
                        .andReturn().getResponse().getContentAsString(), progress -> !progress.contains("RUNNING"));
        assertThat(status).contains("\"status\":\"COMMITTED\"");
        assertThat(batchesLike(prefix)).isEqualTo(2);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(location)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(Fixtures.details(fixtures.user(Role.INSPECTOR, fixtures.district().getId())))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
    }

    @Test
    void theDownloadableTemplateReadsBackThroughTheImport() throws Exception {
        byte[] template = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/spotchecks/imports/template.xlsx")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(Fixtures.details(inspector))))
                .andReturn().getResponse().getContentAsByteArray();
        Path file = Files.createTempFile("template", ".xlsx");
        Files.write(file, template);

        ImportJob job = run(file, inspector);

        // every header is recognised; only the example's enterprise and product are unknown here
        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(job.rowsRead()).isEqualTo(2);
        assertThat(job.issues()).extracting(RowIssue::code)
                .doesNotContain("spotcheck.import.missingColumn", "spotcheck.import.badDate",
                        "spotcheck.import.badCount")
                .contains("spotcheck.import.unknownProduct");
    }
}
