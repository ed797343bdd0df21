package org.zhijian.resultimport.domain;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.support.TestDatabase;

/**
 * Not a test (surefire skips *Benchmark*): imports 100,000 result rows from one
 * .xlsx into PostgreSQL through the real import service and prints rows per
 * second and the JVM's peak heap, beside the time COPY takes to load the same
 * rows. Run: ./mvnw -Pbenchmark test -Dtest=SpotCheckImportBenchmark
 * (the profile runs it with -Xmx512m, so finishing at all proves the bound).
 */
class SpotCheckImportBenchmark extends PostgresIntegrationTests {

    static final int ROWS = Integer.getInteger("benchmark.rows", 100_000);
    static final String[] ITEMS = {"甲醛释放量", "含水率", "标识"};

    @Autowired
    ResultImportService imports;

    @Autowired
    SpotCheckTestData data;

    @Autowired
    DataSource dataSource;

    @Test
    void importHundredThousandRows() throws Exception {
        District district = fixtures.district();
        List<Enterprise> enterprises = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            enterprises.add(fixtures.enterprise(district.getId(), Industry.WOOD_PANEL));
        }
        ProductCategory product = data.woodPanel();
        User a = fixtures.user(Role.INSPECTOR, district.getId());
        User b = fixtures.user(Role.INSPECTOR, district.getId());
        String prefix = "BENCH" + Fixtures.next() + "-";

        Path xlsx = Files.createTempFile("bench", ".xlsx");
        Path csv = Files.createTempFile("bench", ".csv");
        long t0 = System.nanoTime();
        write(xlsx, csv, prefix, enterprises, product, a, b);
        System.out.printf("generated %,d rows: %.1f MB xlsx in %.1f s%n", ROWS, Files.size(xlsx) / 1e6,
                (System.nanoTime() - t0) / 1e9);

        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ImportJob job = fixtures.as(Fixtures.details(a), () -> imports.importNow(xlsx, "bench.xlsx", null));
        double importSeconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (!"COMMITTED".equals(job.status())) {
            throw new IllegalStateException("benchmark import not committed: " + job.issues());
        }

        double copySeconds = copy(csv);
        double copyIntoTablesSeconds = copyBackIntoTheSameTables(prefix);

        System.out.println("=== SpotCheckImportBenchmark ===");
        System.out.printf("rows: %,d in %,d batches (%d items per batch)%n", job.rowsRead(), job.batchesWritten(),
                ITEMS.length);
        System.out.printf("import (xlsx -> checked -> committed): %.2f s = %,.0f rows/s%n", importSeconds,
                ROWS / importSeconds);
        System.out.printf("PostgreSQL COPY of the same rows (csv -> table): %.2f s = %,.0f rows/s%n", copySeconds,
                ROWS / copySeconds);
        System.out.printf("import / COPY = %.1f x (target <= 8, issue 15)%n", importSeconds / copySeconds);
        System.out.printf("PostgreSQL COPY of the rows the import wrote, into the same tables with their keys and "
                + "indexes: %.2f s%n", copyIntoTablesSeconds);
        System.out.printf("import / COPY into the same tables = %.1f x (target <= 2, issue 15)%n",
                importSeconds / copyIntoTablesSeconds);
        System.out.printf("peak heap during import (sum of heap pools' peaks): %.0f MB (max heap %d MB, target < 256, issue 15)%n",
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1024 / 1024);
        Files.deleteIfExists(xlsx);
        Files.deleteIfExists(csv);
    }

    /** The same rows as .xlsx (fastexcel writer, streamed) and as .csv for COPY. */
    private static void write(Path xlsx, Path csv, String prefix, List<Enterprise> enterprises,
                              ProductCategory product, User a, User b) throws Exception {
        ImportColumn[] columns = ImportColumn.values();
        try (OutputStream out = Files.newOutputStream(xlsx);
             BufferedWriter text = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            Workbook wb = new Workbook(out, "Benchmark", "1.0");
            Worksheet ws = wb.newWorksheet("结果");
            for (int c = 0; c < columns.length; c++) {
                ws.value(0, c, columns[c].title());
            }
            LocalDate sampled = LocalDate.of(2026, 3, 2);
            for (int r = 1; r <= ROWS; r++) {
                int batch = (r - 1) / ITEMS.length;
                int item = (r - 1) % ITEMS.length;
                Enterprise e = enterprises.get(batch % enterprises.size());
                String value = switch (item) {
                    case 0 -> batch % 11 == 0 ? "0.150" : "0.0" + (10 + batch % 80);
                    case 1 -> String.valueOf(5 + batch % 7);
                    default -> "合格";
                };
                String[] cells = {prefix + batch, e.getCreditCode().value(), product.getName(), "品牌" + batch % 50,
                        "1220×2440×" + (9 + batch % 10) + "mm", "P" + batch, "2026-02-0" + (1 + batch % 9), "3", "3",
                        "张", sampled.plusDays(batch % 60).toString(), "成品仓库",
                        a.getUsername() + "、" + b.getUsername(), "台州市产品质量安全检测研究院", "BG" + batch,
                        sampled.plusDays(batch % 60 + 10).toString(), ITEMS[item], value};
                for (int c = 0; c < cells.length; c++) {
                    ws.value(r, c, cells[c]);
                }
                text.write(String.join(",", cells));
                text.write('\n');
                if (r % 1000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        }
    }

    /** Tables the import fills, parents first, with the rows of this import's batches. */
    private static final String[][] WRITTEN = {
            {"sampling_batch", "select * from sampling_batch where form_number like ?"},
            {"batch_sampler", "select x.* from batch_sampler x join sampling_batch b on b.id = x.batch_id "
                    + "where b.form_number like ?"},
            {"batch_step", "select x.* from batch_step x join sampling_batch b on b.id = x.batch_id "
                    + "where b.form_number like ?"},
            {"archive_entry", "select x.* from archive_entry x join sampling_batch b "
                    + "on x.link = '/spotchecks/batches/' || b.id where b.form_number like ?"},
            {"batch_result", "select x.* from batch_result x join sampling_batch b on b.id = x.batch_id "
                    + "where b.form_number like ?"},
    };

    /**
     * The physical limit for loading this data into this schema: the rows the
     * import wrote are copied out, deleted, and COPYed back into the same tables
     * (keys, foreign keys, constraints and indexes in place); only the COPY back is timed.
     */
    private double copyBackIntoTheSameTables(String prefix) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            String like = prefix + "%";
            List<String> dumps = new ArrayList<>();
            for (String[] t : WRITTEN) {
                var out = new java.io.StringWriter();
                copy.copyOut("copy (" + t[1].replace("?", "'" + like + "'") + ") to stdout with (format csv)", out);
                dumps.add(out.toString());
            }
            String batchIds = "select id from sampling_batch where form_number like '" + like + "'";
            try (Statement st = c.createStatement()) {
                st.executeUpdate("delete from batch_result where batch_id in (" + batchIds + ")");
                st.executeUpdate("delete from batch_step where batch_id in (" + batchIds + ")");
                st.executeUpdate("delete from batch_sampler where batch_id in (" + batchIds + ")");
                st.executeUpdate("delete from archive_entry where link in (select '/spotchecks/batches/' || id "
                        + "from sampling_batch where form_number like '" + like + "')");
                st.executeUpdate("delete from sampling_batch where form_number like '" + like + "'");
            }
            long start = System.nanoTime();
            for (int i = 0; i < WRITTEN.length; i++) {
                copy.copyIn("copy " + WRITTEN[i][0] + " from stdin with (format csv)",
                        new java.io.StringReader(dumps.get(i)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            c.commit();
            return seconds;
        }
    }

    /** COPY of the same rows into a table of the template's columns: the physical limit. */
    private static double copy(Path csv) throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            StringBuilder ddl = new StringBuilder("create temporary table bench_copy (");
            for (ImportColumn col : ImportColumn.values()) {
                ddl.append(col.ordinal() == 0 ? "" : ", ").append("c").append(col.ordinal()).append(
                        col.isDate() ? " date" : col == ImportColumn.SAMPLE_QUANTITY
                                || col == ImportColumn.BACKUP_QUANTITY ? " integer" : " varchar(200)");
            }
            try (Statement s = c.createStatement()) {
                s.execute(ddl.append(")").toString());
            }
            long start = System.nanoTime();
            try (var in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy from stdin with (format csv)", in);
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
