package org.zhijian.resultimport.domain;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.account.domain.Roster;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.enterprise.domain.ArchiveEvent;
import org.zhijian.enterprise.domain.ArchiveTimeline;
import org.zhijian.spotcheck.domain.BatchBulkLoad;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.FirstResults;
import org.zhijian.spotcheck.domain.PlanLevel;
import org.zhijian.spotcheck.domain.PlanService;
import org.zhijian.spotcheck.domain.SpotCheckPlan;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.AccessScope;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports agencies' result files. The file is read once, streaming, and every
 * row is checked before anything is written; if any row is wrong the user gets
 * the row-by-row report and nothing is written. Otherwise the whole file is
 * written in one transaction: the spot checks module loads the batches, their
 * samplers and steps, and the results from the spool the check wrote
 * ({@link BatchBulkLoad}); the enterprise module adds the archive lines
 * ({@link ArchiveTimeline#recordAll}). A file is imported once:
 * while one import of it runs or after it committed, another is refused with the
 * job that holds it (claimed_sha256, unique). An import whose instance dies is
 * marked interrupted by {@link ImportJobWatch}; its file may then be imported again.
 */
@Service
public class ResultImportService implements DisposableBean {

    public static final String ENTITY = "ResultImport";
    private static final Logger log = LoggerFactory.getLogger(ResultImportService.class);
    private static final TypeReference<List<RowIssue>> ISSUES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CatalogueService catalogue;
    private final Roster roster;
    private final PlanService plans;
    private final BatchService batches;
    private final BatchBulkLoad bulkLoad;
    private final ArchiveTimeline archive;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;
    private final ImportFiles files;
    private final ImportJobWatch watch;
    private final AccessGuard guard;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "spotcheck-import");
        t.setDaemon(true);
        return t;
    });

    ResultImportService(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                        CatalogueService catalogue, Roster roster, PlanService plans, BatchService batches,
                        BatchBulkLoad bulkLoad, ArchiveTimeline archive, AuditTrail audit,
                        JsonMapper json, Clock clock, ImportFiles files, ImportJobWatch watch, AccessGuard guard) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.catalogue = catalogue;
        this.roster = roster;
        this.plans = plans;
        this.batches = batches;
        this.bulkLoad = bulkLoad;
        this.archive = archive;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.files = files;
        this.watch = watch;
        this.guard = guard;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /**
     * Starts an import in the background and answers at once with the job to poll. The file is then owned
     * here, and deleted even when the import is refused (e.g. with {@link DuplicateImportException}).
     */
    public ImportJob start(Path file, String fileName, Long planId) {
        boolean handedOver = false;
        try {
            guard.require(Action.RECORD_SAMPLING);
            AccessScope scope = guard.scope();
            ImportValidation.Plan plan = plan(planId);
            long id = createJob(fileName, planId, scope, SheetReader.estimateRows(file), ImportFiles.sha256(file));
            Path owned = adopt(file, id);
            executor.submit(new DelegatingSecurityContextRunnable(() -> {
                try {
                    run(id, owned, plan, scope);
                } finally {
                    ImportFiles.delete(owned);
                    watch.ended(id);
                }
            }));
            handedOver = true;
            return job(id);
        } finally {
            if (!handedOver) {
                ImportFiles.delete(file);
            }
        }
    }

    /** The upload under its job's name, so left-overs can be told apart; the original where it cannot move. */
    private Path adopt(Path file, long id) {
        try {
            return files.adopt(file, id);
        } catch (IOException e) {
            log.warn("Import {}: upload not moved into the work directory ({})", id, e.getMessage());
            return file;
        }
    }

    /** Runs an import to its end in the caller's thread (tests, benchmark, API callers that prefer to wait). */
    public ImportJob importNow(Path file, String fileName, Long planId) {
        guard.require(Action.RECORD_SAMPLING);
        AccessScope scope = guard.scope();
        ImportValidation.Plan plan = plan(planId);
        long id = createJob(fileName, planId, scope, SheetReader.estimateRows(file), ImportFiles.sha256(file));
        try {
            run(id, file, plan, scope);
        } finally {
            watch.ended(id);
        }
        return job(id);
    }

    public ImportJob job(Long id) {
        List<ImportJob> found = jdbc.query("select * from result_import where id = ?", (rs, i) -> new ImportJob(
                rs.getLong("id"), rs.getString("file_name"), rs.getString("status"), rs.getString("phase"),
                (Long) rs.getObject("district_id", Long.class), (Long) rs.getObject("plan_id", Long.class),
                rs.getInt("rows_read"), (Integer) rs.getObject("rows_total", Integer.class),
                rs.getInt("batches_written"), rs.getInt("error_count"), issues(rs.getString("report")),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                rs.getString("started_by")), id);
        if (found.isEmpty()) {
            throw new NotFoundException(ENTITY, id);
        }
        ImportJob j = found.get(0);
        guard.checkDistrict(j.districtId(), ENTITY, id);
        return j;
    }

    /** The latest imports the current user may see. */
    public List<ImportJob> recent() {
        Long district = guard.districtFilter();
        // two statements rather than "? is null or": PostgreSQL cannot type an untyped null parameter
        List<Long> ids = district == null
                ? jdbc.queryForList("select id from result_import order by id desc limit 10", Long.class)
                : jdbc.queryForList("select id from result_import where district_id = ? order by id desc limit 10",
                        Long.class, district);
        return ids.stream().map(this::job).toList();
    }

    private ImportValidation.Plan plan(Long planId) {
        if (planId == null) {
            return new ImportValidation.Plan(null, PlanLevel.CITY.name(), java.util.Set.of());
        }
        SpotCheckPlan p = plans.get(planId);
        return new ImportValidation.Plan(p.getId(), p.getLevel().name(), java.util.Set.copyOf(p.getCategoryIds()));
    }

    /**
     * Creates the running job, owned by this instance, claiming the file. When another job holds the file
     * the claim fails on its unique key: if that job's instance died, it is marked interrupted here and
     * the claim tried again; otherwise the caller learns which job holds the file.
     */
    private long createJob(String fileName, Long planId, AccessScope scope, Integer total, String sha256) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> insertJob(fileName, planId, scope, total, sha256));
            } catch (DuplicateKeyException e) {
                if (attempt == 1 && watch.markInterrupted() > 0) {
                    continue;
                }
                List<DuplicateImportException> holder = jdbc.query("select id, status from result_import"
                        + " where claimed_sha256 = ?", (rs, i) -> new DuplicateImportException(rs.getLong("id"),
                        "RUNNING".equals(rs.getString("status"))), sha256);
                if (!holder.isEmpty()) {
                    throw holder.get(0);
                }
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private long insertJob(String fileName, Long planId, AccessScope scope, Integer total, String sha256) {
        String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into result_import (file_name, status, phase, district_id,"
                    + " plan_id, rows_total, started_at, started_by, owner_instance, heartbeat_at, file_sha256,"
                    + " claimed_sha256) values (?, 'RUNNING', 'VALIDATING', ?, ?, ?, ?, ?, ?, current_timestamp,"
                    + " ?, ?)", new String[] {"id"});
            ps.setString(1, name.length() > 200 ? name.substring(name.length() - 200) : name);
            ps.setObject(2, scope.districtId());
            ps.setObject(3, planId);
            ps.setObject(4, total);
            ps.setObject(5, java.sql.Timestamp.from(clock.instant()));
            ps.setString(6, scope.username());
            ps.setString(7, watch.instance());
            ps.setString(8, sha256);
            ps.setString(9, sha256);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        watch.started(id);
        audit.record(ENTITY, id, "CREATE", scope.districtId(), null, Map.of("file", name));
        return id;
    }

    private void run(long id, Path file, ImportValidation.Plan plan, AccessScope scope) {
        Path spool = null;
        try {
            spool = files.spool(id);
            ImportValidation check;
            long readStart;
            ImportCatalogue snapshot = tx.execute(s -> new ImportCatalogue(catalogue.all()));
            List<User> inspectors = roster.allInspectors();
            try (BufferedWriter out = Files.newBufferedWriter(spool, StandardCharsets.UTF_8)) {
                check = new ImportValidation(jdbc, snapshot, inspectors, scope, plan, LocalDate.now(clock), out,
                        rows -> jdbc.update("update result_import set rows_read = ? where id = ?", rows, id));
                readStart = System.nanoTime();
                try {
                    SheetReader.read(file, check::accept);
                    check.finish();
                } catch (BusinessRuleException e) {
                    check.issues.add(new RowIssue(0, null, e.getMessageCode(),
                            e.getArgs() == null ? List.of() : java.util.Arrays.stream(e.getArgs())
                                    .map(String::valueOf).toList()));
                    check.issueCount++;
                }
            }
            if (check.issueCount > 0) {
                finish(id, "REJECTED", check.rows, 0, check.issueCount, check.issues);
                return;
            }
            log.info("Import {}: {} rows read and checked in {} ms", id, check.rows,
                    (System.nanoTime() - readStart) / 1_000_000);
            long writeStart = System.nanoTime();
            jdbc.update("update result_import set phase = 'WRITING', rows_read = ? where id = ?", check.rows, id);
            Path results = spool;
            tx.execute(s -> {
                write(id, check, plan, results, scope);
                // in the same transaction, so an import is committed exactly when its rows are
                if (finish(id, "COMMITTED", check.rows, check.drafts.size(), 0, List.of()) == 0) {
                    throw new IllegalStateException("import " + id + " was marked interrupted; nothing written");
                }
                return null;
            });
            log.info("Import {}: {} rows, {} batches committed in {} ms", id, check.rows, check.drafts.size(),
                    (System.nanoTime() - writeStart) / 1_000_000);
        } catch (Exception e) {
            if (writtenMeanwhile(e)) {
                log.warn("Import {}: form numbers recorded meanwhile by someone else; nothing written", id);
                finish(id, "REJECTED", 0, 0, 1, List.of(new RowIssue(0, null, "spotcheck.import.writtenMeanwhile",
                        List.of())));
                return;
            }
            log.error("Import {} failed", id, e);
            finish(id, "FAILED", 0, 0, 1, List.of(new RowIssue(0, null, "spotcheck.import.failed", List.of())));
        } finally {
            if (spool != null) {
                ImportFiles.delete(spool);
            }
        }
    }

    /**
     * Each module writes its own tables: spotcheck the batches with their samplers, steps and results,
     * enterprise the archive lines; all inside the caller's transaction, so the file is written whole.
     */
    private void write(long jobId, ImportValidation check, ImportValidation.Plan plan, Path spool,
                       AccessScope scope) {
        List<BatchDraft> drafts = new ArrayList<>(check.drafts.values());
        Instant now = clock.instant();
        String actor = scope.username();
        PlanLevel level = PlanLevel.valueOf(plan.level());
        List<BatchBulkLoad.ImportedBatch> imported = new ArrayList<>(drafts.size());
        for (BatchDraft d : drafts) {
            if (d.index != imported.size()) {
                throw new IllegalStateException("batch " + d.formNumber + " out of order");
            }
            // the batch aggregate's rule for recorded results: verdict, status, due date and steps
            imported.add(new BatchBulkLoad.ImportedBatch(d.formNumber, plan.id(), level, d.enterpriseId,
                    d.districtId, d.categoryId, d.brand, d.modelSpec, d.productionBatchNo, d.productionDate,
                    d.sampleQuantity, d.backupQuantity, d.quantityUnit, d.samplingDate, d.samplingPlace, d.agency,
                    d.reportNumber, d.samplerIds, FirstResults.of(d.judgements, d.testedOn, batches.deadlines())));
        }
        long[] ids;
        try (Reader results = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            ids = bulkLoad.load(imported, results, now, actor);
        } catch (IOException e) {
            throw new UncheckedIOException("import " + jobId + " could not be written", e);
        }
        List<ArchiveEvent> lines = new ArrayList<>(drafts.size());
        for (BatchDraft d : drafts) {
            lines.add(new ArchiveEvent(d.enterpriseId, d.testedOn.atTime(12, 0).atZone(clock.getZone()).toInstant(),
                    BatchService.ARCHIVE_CATEGORY, "archive.spotcheck.imported", "/spotchecks/batches/" + ids[d.index],
                    List.of(d.formNumber, d.categoryName,
                            "msg:" + imported.get(d.index).results().verdict().messageCode()), actor));
        }
        archive.recordAll(lines);
        audit.record(ENTITY, jobId, "IMPORT", scope.districtId(), null,
                Map.of("batches", drafts.size(), "rows", check.rows));
    }

    /**
     * Ends a job that is still running (not one another instance has marked interrupted); a job that did
     * not commit lets go of its file. Answers 1, or 0 when the job was no longer running.
     */
    private int finish(long id, String status, int rows, int batchCount, int errors, List<RowIssue> issues) {
        boolean committed = status.equals("COMMITTED");
        return jdbc.update("update result_import set status = ?, phase = ?, rows_read = ?, batches_written = ?,"
                        + " error_count = ?, report = ?, finished_at = ?, version = version + 1"
                        + (committed ? "" : ", claimed_sha256 = null") + " where id = ? and status = 'RUNNING'",
                status, committed ? "DONE" : "STOPPED", rows, batchCount, errors,
                json.writeValueAsString(issues), java.sql.Timestamp.from(clock.instant()), id);
    }

    /** A unique key broken while writing: another import or a form recorded one of the file's form numbers. */
    private static boolean writtenMeanwhile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private List<RowIssue> issues(String report) {
        return report == null || report.isBlank() ? List.of() : json.readValue(report, ISSUES);
    }
}
