package org.zhijian.resultimport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.InstanceIdentity;
import org.zhijian.system.security.ZhijianUserDetails;

/**
 * Imports when instances die or race, on PostgreSQL: a job left RUNNING by an
 * instance that stopped is shown interrupted and its file can be imported again,
 * once; one file uploaded twice at the same moment is imported once and the other
 * upload is told which import has it; files of dead imports are removed.
 */
class ImportAcrossInstancesTests extends PostgresIntegrationTests {

    @Autowired
    ResultImportService imports;

    @Autowired
    ImportJobWatch watch;

    @Autowired
    ImportFiles files;

    @Autowired
    InstanceIdentity instance;

    @Autowired
    SpotCheckTestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    District district;
    User inspector;
    ResultSheets sheets;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        inspector = fixtures.user(Role.INSPECTOR, district.getId());
        User second = fixtures.user(Role.INSPECTOR, district.getId());
        sheets = new ResultSheets(fixtures.enterprise(district.getId(), Industry.WOOD_PANEL), data.woodPanel(),
                inspector, second, "MI" + Fixtures.next() + "-");
    }

    @Test
    void aJobLeftRunningByADeadInstanceIsShownInterruptedAndItsFileIsImportedOnce() throws Exception {
        Path file = ResultSheets.xlsx(sheets.goodRows());
        long dead = runningJob("instance-that-was-killed", Duration.ofMinutes(5), ImportFiles.sha256(file));

        watch.sweep();

        assertThat(status(dead)).isEqualTo("INTERRUPTED");
        String api = mvc.perform(get("/api/v1/spotchecks/imports/{id}", dead).with(user(details())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"status\":\"INTERRUPTED\"").contains("spotcheck.import.interrupted");
        assertThat(page("/spotchecks/imports/" + dead, "zh-CN"))
                .contains("已中断").contains("运行此导入的服务器在导入完成前停止,未写入任何数据。请重新上传该文件。");
        assertThat(page("/spotchecks/imports/" + dead, "en"))
                .contains("Interrupted").contains("The server running this import stopped before it finished");

        List<Object> outcomes = race(2, () -> importNow(file));

        assertThat(outcomes).filteredOn(o -> o instanceof ImportJob j && j.status().equals("COMMITTED")).hasSize(1);
        long winner = outcomes.stream().filter(ImportJob.class::isInstance).map(o -> ((ImportJob) o).id())
                .findFirst().orElseThrow();
        assertThat(outcomes).filteredOn(DuplicateImportException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((DuplicateImportException) e).getJobId()).isEqualTo(winner));
        assertThat(jdbc.queryForObject("select count(*) from sampling_batch where form_number like ?", Integer.class,
                sheets.prefix() + "%")).isEqualTo(2);
        assertThat(refusal(() -> importNow(file)).isRunning()).isFalse();
    }

    @Test
    void anUploadMeetingADeadInstancesJobOnItsFileInterruptsThatJobAndGoesAhead() throws Exception {
        Path file = ResultSheets.xlsx(sheets.goodRows());
        long dead = runningJob("instance-that-was-killed", Duration.ofMinutes(5), ImportFiles.sha256(file));

        assertThat(importNow(file).status()).isEqualTo("COMMITTED");

        assertThat(status(dead)).isEqualTo("INTERRUPTED");
    }

    @Test
    void anUploadMeetingALiveJobOnItsFileIsToldWhichImportHasIt() throws Exception {
        Path file = ResultSheets.xlsx(sheets.goodRows());
        long live = runningJob("instance-still-working", Duration.ZERO, ImportFiles.sha256(file));

        DuplicateImportException refused = refusal(() -> importNow(file));

        assertThat(refused.getJobId()).isEqualTo(live);
        assertThat(refused.isRunning()).isTrue();
        assertThat(status(live)).isEqualTo("RUNNING");
        jdbc.update("update result_import set status = 'FAILED', claimed_sha256 = null where id = ?", live);
    }

    @Test
    void aLiveInstancesJobIsLeftAloneUntilItsHeartbeatStops() throws Exception {
        long job = runningJob("instance-still-working", Duration.ZERO, null);

        watch.sweep();
        assertThat(status(job)).isEqualTo("RUNNING");

        jdbc.update("update result_import set heartbeat_at = heartbeat_at - interval '2 minutes' where id = ?", job);
        watch.sweep();
        assertThat(status(job)).isEqualTo("INTERRUPTED");
    }

    @Test
    void aJobThisInstanceLeftBeforeARestartIsInterruptedAtOnce() {
        long job = runningJob(watch.instance(), Duration.ZERO, null);

        watch.sweep();

        assertThat(status(job)).isEqualTo("INTERRUPTED");
    }

    @Test
    void twoSimultaneousUploadsOfOneFileImportItOnceAndTellTheOtherWhichImportHasIt() throws Exception {
        byte[] bytes = Files.readAllBytes(ResultSheets.xlsx(sheets.goodRows()));

        List<Object> responses = race(2, () -> mvc.perform(multipart("/api/v1/spotchecks/imports")
                        .file(new MockMultipartFile("file", "results.xlsx", "application/octet-stream", bytes))
                        .header("Accept-Language", "zh-CN").with(user(details())))
                .andReturn().getResponse());

        List<MockHttpServletResponse> answers = responses.stream().map(MockHttpServletResponse.class::cast).toList();
        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(202, 409);
        MockHttpServletResponse accepted = answers.stream().filter(r -> r.getStatus() == 202).findFirst().orElseThrow();
        MockHttpServletResponse refused = answers.stream().filter(r -> r.getStatus() == 409).findFirst().orElseThrow();
        String id = accepted.getHeader("Location").replaceAll(".*/", "");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).containsAnyOf("同一文件正在导入中(第 " + id + " 号导入)",
                "该文件已导入过(第 " + id + " 号导入)").contains("\"importId\":" + id);
        awaitEnd(Long.parseLong(id));
        assertThat(status(Long.parseLong(id))).isEqualTo("COMMITTED");

        MvcResult again = mvc.perform(multipart("/spotchecks/imports")
                        .file(new MockMultipartFile("file", "results.xlsx", "application/octet-stream", bytes))
                        .with(csrf()).with(user(details())))
                .andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/spotchecks/imports");
        // the redirect's flash message lives in the (JDBC) session the upload started
        String page = mvc.perform(get("/spotchecks/imports").cookie(again.getResponse().getCookie("SESSION"),
                        new Cookie("ZHIJIAN_LANG", "en")).with(user(details())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This file was already imported (import " + id + ")");
        // once the job's thread let go of them
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(filesOf(id)).as("the import deletes its files when it ends").isEmpty());
    }

    /** The job's files and any received upload in this instance's folder. */
    private List<String> filesOf(String id) throws Exception {
        try (var left = Files.list(files.dir())) {
            return left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("job-" + id + ".") || n.endsWith(".part")).toList();
        }
    }

    @Test
    void filesLeftByDeadImportsAreRemovedAndLiveOnesKept(@TempDir Path root) throws Exception {
        ImportFiles work = new ImportFiles(root.toString(), Duration.ofMinutes(10), instance);
        Path own = Files.createDirectories(work.dir());
        Path deadJobUpload = Files.createFile(own.resolve("job-41.upload"));
        Path deadJobSpool = Files.createFile(own.resolve("job-41.spool"));
        Path liveJobSpool = Files.createFile(own.resolve("job-42.spool"));
        Path freshUpload = Files.createFile(own.resolve("upload-fresh.part"));
        Path staleUpload = aged(Files.createFile(own.resolve("upload-stale.part")));
        Path deadFolder = Files.createDirectories(root.resolve("host-killed"));
        aged(Files.createFile(deadFolder.resolve("alive")));
        Files.createFile(deadFolder.resolve("job-7.upload"));
        Path liveFolder = Files.createDirectories(root.resolve("host-alive"));
        Files.createFile(liveFolder.resolve("alive"));
        Path liveElsewhere = Files.createFile(liveFolder.resolve("job-7.spool"));
        Path legacy = aged(Files.createFile(Path.of(System.getProperty("java.io.tmpdir"),
                "zhijian-upload-" + System.nanoTime() + ".bin")));

        work.removeOrphans(Set.of(42L));

        assertThat(deadJobUpload).doesNotExist();
        assertThat(deadJobSpool).doesNotExist();
        assertThat(staleUpload).doesNotExist();
        assertThat(deadFolder).doesNotExist();
        assertThat(legacy).doesNotExist();
        assertThat(liveJobSpool).exists();
        assertThat(freshUpload).exists();
        assertThat(liveElsewhere).exists();
    }

    @Test
    void theSweepRemovesTheFilesOfAJobThisInstanceIsNotRunning() throws Exception {
        Path left = Files.createFile(Files.createDirectories(files.dir()).resolve("job-" + Long.MAX_VALUE + ".upload"));

        watch.sweep();

        assertThat(left).doesNotExist();
    }

    private ImportJob importNow(Path file) {
        return fixtures.as(details(), () -> imports.importNow(file, "results.xlsx", null));
    }

    private ZhijianUserDetails details() {
        return Fixtures.details(inspector);
    }

    private long runningJob(String owner, Duration heartbeatAge, String sha256) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into result_import (file_name, status, phase, district_id,"
                    + " started_at, started_by, owner_instance, heartbeat_at, file_sha256, claimed_sha256)"
                    + " values ('results.xlsx', 'RUNNING', 'WRITING', ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            Timestamp beat = Timestamp.from(Instant.now().minus(heartbeatAge));
            ps.setLong(1, district.getId());
            ps.setTimestamp(2, beat);
            ps.setString(3, inspector.getUsername());
            ps.setString(4, owner);
            ps.setTimestamp(5, beat);
            ps.setString(6, sha256);
            ps.setString(7, sha256);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    private String status(long job) {
        return jdbc.queryForObject("select status from result_import where id = ?", String.class, job);
    }

    private String page(String path, String lang) throws Exception {
        return mvc.perform(get(path).cookie(new Cookie("ZHIJIAN_LANG", lang)).with(user(details())))
                .andReturn().getResponse().getContentAsString();
    }

    private void awaitEnd(long job) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !status(job).equals("RUNNING"));
    }

    private static DuplicateImportException refusal(Runnable attempt) {
        try {
            attempt.run();
        } catch (DuplicateImportException e) {
            return e;
        }
        throw new AssertionError("the import was not refused");
    }

    /** Runs the same work in n threads released together; each outcome is its result or its exception. */
    private static List<Object> race(int n, Callable<Object> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return work.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Path aged(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        return file;
    }
}
