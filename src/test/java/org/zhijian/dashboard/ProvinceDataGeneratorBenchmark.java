package org.zhijian.dashboard;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.enterprise.domain.PinyinInitials;
import org.zhijian.enterprise.domain.SocialCreditCode;
import org.zhijian.system.text.PinyinOrder;

/**
 * Fills a PostgreSQL database with a province's decade (run by hand, see README):
 * <pre>./mvnw -B -o -Pbenchmark test -Dtest=ProvinceDataGeneratorBenchmark
 *     [-Dzhijian.bench.url=jdbc:postgresql://localhost:5432/zhijian_bench] [-Dzhijian.bench.scale=1.0]</pre>
 * 90 districts, 40 products, 100,000 enterprises, 1,000,000 batches over ten years with ~3 item
 * results each, 200,000 risk points, 200,000 hazards, licences and classes, all with COPY. Most
 * batches pass; the failure rate differs by product (2-18 %) and district (x0.6-1.6) and falls
 * slowly over the years; volume is seasonal (few in February, most in Q2/Q4). The schema comes
 * from the application's own Flyway migrations. Users: bench_city (city head) and bench_head1..3
 * (heads of the first three districts), password {@link #PASSWORD}.
 */
class ProvinceDataGeneratorBenchmark {

    static final String PASSWORD = "bench12345";
    static final String URL = System.getProperty("zhijian.bench.url", "jdbc:postgresql://localhost:5432/zhijian_bench");
    static final String USER = System.getProperty("zhijian.bench.user", "postgres");
    static final String PASS = System.getProperty("zhijian.bench.password", "");
    static final double SCALE = Double.parseDouble(System.getProperty("zhijian.bench.scale", "1.0"));

    static final int DISTRICTS = 90;
    static final int PRODUCTS = 40;
    static final int ENTERPRISES = (int) (100_000 * SCALE);
    static final int BATCHES = (int) (1_000_000 * SCALE);
    static final int RISK_POINTS = (int) (200_000 * SCALE);
    static final int HAZARDS = (int) (200_000 * SCALE);
    static final int CHUNK = 50_000;
    private static final String[] LEVELS = {"NATIONAL", "PROVINCIAL", "CITY", "DISTRICT"};
    private static final double[] LEVEL_SHARE = {0.10, 0.25, 0.35, 0.30};
    private static final double[] MONTH_WEIGHT = {0.8, 0.4, 0.9, 1.0, 1.1, 1.1, 1.0, 0.9, 1.1, 1.2, 1.3, 1.2};

    private final SplittableRandom random = new SplittableRandom(20260101L);
    private final LocalDate today = LocalDate.now();

    @Test
    void generate() throws Exception {
        createDatabaseIfMissing();
        Flyway.configure().dataSource(URL, USER, PASS)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(URL, USER, PASS)) {
            if (count(c, "select count(*) from sampling_batch") > 0) {
                System.out.println("zhijian_bench already holds batches; drop the database to regenerate");
                return;
            }
            CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
            long[] districts = districts(c);
            users(c, districts);
            long[] products = products(c);
            long[][] items = items(c, products);
            long[] enterpriseDistrict = enterprises(copy, c, districts);
            long firstEnterprise = count(c, "select min(id) from enterprise");
            licencesAndClasses(copy, firstEnterprise, enterpriseDistrict.length);
            long[] planIds = plans(c, districts, products);
            batches(copy, c, firstEnterprise, enterpriseDistrict, districts, products, items, planIds);
            risk(copy, firstEnterprise, enterpriseDistrict.length);
            for (String table : List.of("sampling_batch", "batch_result", "enterprise", "hazard", "risk_point",
                    "enterprise_class", "production_licence")) {
                exec(c, "select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                        + "))");
            }
            c.setAutoCommit(true);
            log("vacuum analyze");
            exec(c, "vacuum analyze");
        }
        log("done in " + (System.nanoTime() - started) / 1_000_000_000 + " s");
    }

    private static void log(String s) {
        System.out.println("[generator " + java.time.LocalTime.now().withNano(0) + "] " + s);
    }

    private void createDatabaseIfMissing() throws SQLException {
        String name = URL.substring(URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String admin = URL.substring(0, URL.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, USER, PASS)) {
            if (count(c, "select count(*) from pg_database where datname = '" + name + "'") == 0) {
                exec(c, "create database " + name);
            }
        }
    }

    private long[] districts(Connection c) throws SQLException {
        long[] ids = new long[DISTRICTS];
        for (int d = 0; d < DISTRICTS; d++) {
            ids[d] = id(c, "insert into district (code, name_zh, name_en, sort_order) values ('B" + (d + 1)
                    + "', '基准" + (d + 1) + "区', 'Bench district " + (d + 1) + "', " + d + ") returning id");
        }
        return ids;
    }

    private void users(Connection c, long[] districts) throws SQLException {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        exec(c, "insert into app_user (username, password_hash, display_name, role, created_at) values"
                + " ('bench_city', '" + hash + "', '基准市局局长', 'HEAD', now())");
        for (int d = 0; d < 3; d++) {
            exec(c, "insert into app_user (username, password_hash, display_name, role, district_id, created_at)"
                    + " values ('bench_head" + (d + 1) + "', '" + hash + "', '基准区局局长" + (d + 1) + "', 'HEAD', "
                    + districts[d] + ", now())");
        }
    }

    private long[] products(Connection c) throws SQLException {
        long[] ids = new long[PRODUCTS];
        String[] risk = {"HIGH", "MEDIUM", "LOW"};
        for (int p = 0; p < PRODUCTS; p++) {
            ids[p] = id(c, "insert into product_category (code, name, name_en, risk_class, standard, updated_at,"
                    + " updated_by) values ('BP" + (p + 1) + "', '基准产品" + (p + 1) + "', 'Bench product " + (p + 1)
                    + "', '" + risk[p % 3] + "', 'GB/T " + (10000 + p) + "', now(), 'bench') returning id");
        }
        return ids;
    }

    private long[][] items(Connection c, long[] products) throws SQLException {
        long[][] items = new long[products.length][];
        for (int p = 0; p < products.length; p++) {
            items[p] = new long[3];
            for (int i = 0; i < 3; i++) {
                items[p][i] = id(c, "insert into test_item (category_id, name, unit, limit_kind, upper_limit,"
                        + " sort_order) values (" + products[p] + ", '项目" + (i + 1) + "', 'mg/kg', 'MAX', 100, " + i
                        + ") returning id");
            }
        }
        return items;
    }

    private static final String ENTERPRISE_COLUMNS = "enterprise (credit_code, name, name_sort_key, name_initials,"
            + " district_id, industry, status, created_at, created_by, updated_at, updated_by)";

    /** Enterprises, skewed towards the first districts (cities have big and small counties). */
    private long[] enterprises(CopyManager copy, Connection c, long[] districts) throws Exception {
        log("enterprises " + ENTERPRISES);
        long[] districtOf = new long[ENTERPRISES];
        Industry[] industries = Industry.values();
        StringBuilder sb = new StringBuilder();
        for (int e = 0; e < ENTERPRISES; e++) {
            int d = (int) Math.min(DISTRICTS - 1, Math.floor(Math.pow(random.nextDouble(), 1.6) * DISTRICTS));
            districtOf[e] = districts[d];
            String body = String.format("913300%011d", e + 1L);
            String code = body + SocialCreditCode.checkCharacter(body);
            String name = "基准企业" + (e + 1) + "有限公司";
            // both pinyin keys, as the entity writes them: the application's start-up fill finds nothing to do
            sb.append(code).append('\t').append(name).append('\t').append(PinyinOrder.sortKey(name)).append('\t')
                    .append(PinyinInitials.of(name)).append('\t').append(districts[d])
                    .append('\t').append(industries[e % industries.length].name())
                    .append("\tACTIVE\t2015-01-01 00:00:00+08\tbench\t2015-01-01 00:00:00+08\tbench\n");
            if (sb.length() > 4_000_000) {
                copy(copy, ENTERPRISE_COLUMNS, sb);
            }
        }
        copy(copy, ENTERPRISE_COLUMNS, sb);
        return districtOf;
    }

    /** A licence for 60 % of enterprises (issued over five years, so some expire soon) and their class. */
    private void licencesAndClasses(CopyManager copy, long firstEnterprise, int n) throws Exception {
        log("licences and classes");
        StringBuilder lic = new StringBuilder();
        StringBuilder cls = new StringBuilder();
        String[] classes = {"A", "B", "C", "D"};
        double[] share = {0.3, 0.4, 0.2, 0.1};
        int serial = 0;
        for (int e = 0; e < n; e++) {
            if (random.nextDouble() >= 0.6) {
                continue;
            }
            long id = firstEnterprise + e;
            LocalDate issued = today.minusDays(random.nextInt(5 * 365));
            serial++;
            lic.append(String.format("XK%02d-%03d-%05d", 10 + serial / 100000, serial / 1000 % 1000, serial % 100000))
                    .append('\t').append(id).append("\t基准产品\t基准单元\t").append(issued).append('\t')
                    .append(issued.plusYears(5).minusDays(1)).append("\tVALID\tnow\tbench\tnow\tbench\n");
            String k = classes[pick(share)];
            cls.append(id).append('\t').append(k).append("\t50\t[]\tnow\t").append(issued).append('\t')
                    .append(today.plusDays(random.nextInt(-60, 700))).append('\n');
        }
        copy(copy, "production_licence (licence_number, enterprise_id, product_name, product_unit, issued_on,"
                + " expires_on, status, created_at, created_by, updated_at, updated_by)", lic);
        copy(copy, "enterprise_class (enterprise_id, computed_class, score, factors, computed_at, created_on,"
                + " next_due_on)", cls);
    }

    private long[] plans(Connection c, long[] districts, long[] products) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int y = today.getYear() - 9; y <= today.getYear(); y++) {
            for (String level : LEVELS) {
                long id = id(c, "insert into spot_check_plan (code, title, plan_year, level, created_at, created_by,"
                        + " updated_at, updated_by) values ('BPLAN" + y + level + "', '" + y + "年基准计划" + level
                        + "', " + y + ", '" + level + "', now(), 'bench', now(), 'bench') returning id");
                ids.add(id);
                for (long p : products) {
                    exec(c, "insert into plan_category (plan_id, category_id) values (" + id + ", " + p + ")");
                }
                for (long d : districts) {
                    exec(c, "insert into plan_quota (plan_id, district_id, planned_batches) values (" + id + ", " + d
                            + ", " + (80 + random.nextInt(60)) + ")");
                }
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private void batches(CopyManager copy, Connection c, long firstEnterprise, long[] enterpriseDistrict,
                         long[] districts, long[] products, long[][] items, long[] planIds) throws Exception {
        log("batches " + BATCHES);
        double[] productFail = new double[products.length];
        for (int p = 0; p < products.length; p++) {
            productFail[p] = 0.02 + 0.16 * random.nextDouble();
        }
        java.util.Map<Long, Double> districtFactor = new java.util.HashMap<>();
        for (long d : districts) {
            districtFactor.put(d, 0.6 + random.nextDouble());
        }
        double[] monthShare = new double[12];
        double total = 0;
        for (double w : MONTH_WEIGHT) {
            total += w;
        }
        for (int m = 0; m < 12; m++) {
            monthShare[m] = MONTH_WEIGHT[m] / total;
        }
        long batchId = count(c, "select coalesce(max(id), 0) from sampling_batch") + 1;
        long resultId = count(c, "select coalesce(max(id), 0) from batch_result") + 1;
        int firstYear = today.getYear() - 9;
        StringBuilder b = new StringBuilder();
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < BATCHES; i++) {
            int year = firstYear + random.nextInt(10);
            int month = pick(monthShare) + 1;
            LocalDate sampled = LocalDate.of(year, month, 1 + random.nextInt(28));
            if (sampled.isAfter(today)) {
                sampled = today.minusDays(random.nextInt(1, 200));
                year = sampled.getYear();
            }
            int e = random.nextInt(enterpriseDistrict.length);
            long district = enterpriseDistrict[e];
            int p = random.nextInt(products.length);
            int level = pick(LEVEL_SHARE);
            double failP = productFail[p] * districtFactor.get(district) * (1.3 - 0.06 * (year - firstYear));
            boolean fail = random.nextDouble() < failP;
            long age = java.time.temporal.ChronoUnit.DAYS.between(sampled, today);
            String status;
            String notified = "\\N";
            String objection = "\\N";
            String stepDue = "\\N";
            String rectDeadline = "\\N";
            if (!fail) {
                status = "PASSED";
            } else {
                LocalDate n = sampled.plusDays(20);
                notified = n.toString();
                objection = n.plusDays(15).toString();
                if (age > 120) {
                    status = "CLOSED";
                } else if (age > 60) {
                    status = "RECTIFICATION_ORDERED";
                    rectDeadline = sampled.plusDays(75).toString();
                    stepDue = rectDeadline;
                } else if (age > 20) {
                    status = "NOTIFIED";
                    stepDue = n.plusDays(25).toString();
                } else {
                    status = "FAILED";
                    notified = "\\N";
                    objection = "\\N";
                    stepDue = sampled.plusDays(10).toString();
                }
            }
            String verdict = fail ? "FAIL" : "PASS";
            Long plan = random.nextDouble() < 0.7 ? planIds[(year - firstYear) * 4 + level] : null;
            b.append(batchId).append("\tBF").append(batchId).append('\t').append(plan == null ? "\\N" : plan)
                    .append('\t').append(LEVELS[level]).append('\t').append(firstEnterprise + e).append('\t')
                    .append(district).append('\t').append(products[p]).append("\t2\t2\t件\t").append(sampled)
                    .append("\t仓库\t基准检验所\t").append(sampled.plusDays(10)).append('\t').append(verdict).append('\t')
                    .append(verdict).append('\t').append(status).append('\t').append(notified).append('\t')
                    .append(objection).append('\t').append(rectDeadline).append('\t').append(stepDue)
                    .append("\tnow\tbench\tnow\tbench\n");
            int failedItem = fail ? random.nextInt(3) : -1;
            for (int k = 0; k < 3; k++) {
                boolean itemFails = k == failedItem;
                r.append(resultId++).append('\t').append(batchId).append('\t').append(items[p][k]).append("\t1\t")
                        .append(itemFails ? 100 + random.nextInt(50) : random.nextInt(95)).append("\tMAX\t100\t")
                        .append(itemFails ? "FAIL" : "PASS").append('\n');
            }
            batchId++;
            if ((i + 1) % CHUNK == 0) {
                flushBatches(copy, b, r);
                if ((i + 1) % 200_000 == 0) {
                    log("batches " + (i + 1));
                }
            }
        }
        flushBatches(copy, b, r);
    }

    private static void flushBatches(CopyManager copy, StringBuilder b, StringBuilder r) throws Exception {
        copy(copy, "sampling_batch (id, form_number, plan_id, level, enterprise_id, district_id, category_id,"
                + " sample_quantity, backup_quantity, quantity_unit, sampling_date, sampling_place, agency, tested_on,"
                + " initial_verdict, verdict, status, notified_on, objection_deadline, rectification_deadline,"
                + " step_due_on, created_at, created_by, updated_at, updated_by)", b);
        copy(copy, "batch_result (id, batch_id, test_item_id, round, measured_value, limit_kind, upper_limit,"
                + " judgement)", r);
    }

    /** Risk points graded mostly low; hazards mostly closed, recent ones open, some past the deadline. */
    private void risk(CopyManager copy, long firstEnterprise, int n) throws Exception {
        log("risk points " + RISK_POINTS + " and hazards " + HAZARDS);
        String[] grades = {"MAJOR", "SIGNIFICANT", "GENERAL", "LOW"};
        double[] share = {0.03, 0.12, 0.35, 0.50};
        String[] places = {"WORKSHOP", "PROCESS", "EQUIPMENT", "POST"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < RISK_POINTS; i++) {
            sb.append(firstEnterprise + random.nextInt(n)).append('\t').append(places[i % 4])
                    .append("\t车间\t粉尘爆炸\t通风除尘\t张三\tLS\t3\t3\t9\t").append(grades[pick(share)])
                    .append("\tnow\tnow\tbench\tnow\tbench\n");
            if (sb.length() > 4_000_000) {
                copy(copy, RISK_POINT_COLUMNS, sb);
            }
        }
        copy(copy, RISK_POINT_COLUMNS, sb);
        for (int i = 0; i < HAZARDS; i++) {
            LocalDate found = today.minusDays(random.nextInt(3650));
            long age = java.time.temporal.ChronoUnit.DAYS.between(found, today);
            String status = age > 90 ? (random.nextDouble() < 0.98 ? "CLOSED" : "NOTIFIED")
                    : age > 30 ? (random.nextDouble() < 0.6 ? "CLOSED" : "RECTIFIED_AWAITING_ACCEPTANCE") : "NOTIFIED";
            sb.append("BH").append(i + 1).append('\t').append(firstEnterprise + random.nextInt(n)).append('\t')
                    .append(random.nextDouble() < 0.05 ? "MAJOR" : "GENERAL")
                    .append("\t消防通道堵塞\t立即清理\t安全生产法\t").append(found).append('\t')
                    .append(found.plusDays(30)).append("\t李四\t").append(status).append("\tnow\tbench\tnow\tbench\n");
            if (sb.length() > 4_000_000) {
                copy(copy, HAZARD_COLUMNS, sb);
            }
        }
        copy(copy, HAZARD_COLUMNS, sb);
    }

    private static final String RISK_POINT_COLUMNS = "risk_point (enterprise_id, place_kind, place_name, hazard,"
            + " controls, responsible_person, method, likelihood, severity, score, grade, assessed_at, created_at,"
            + " created_by, updated_at, updated_by)";
    private static final String HAZARD_COLUMNS = "hazard (notice_number, enterprise_id, level, description,"
            + " requirement, legal_basis, found_on, deadline, responsible_person, status, created_at, created_by,"
            + " updated_at, updated_by)";

    private int pick(double[] shares) {
        double x = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            x -= shares[i];
            if (x < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static void copy(CopyManager copy, String target, StringBuilder rows) throws SQLException, IOException {
        if (rows.isEmpty()) {
            return;
        }
        copy.copyIn("copy " + target + " from stdin", new StringReader(rows.toString()));
        rows.setLength(0);
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        return id(c, sql);
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
