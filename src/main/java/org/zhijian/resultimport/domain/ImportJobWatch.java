package org.zhijian.resultimport.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhijian.system.InstanceIdentity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps imports honest when an instance dies. While this instance runs imports it
 * says so every few seconds (the job's heartbeat_at, in database time, and its
 * folder's alive file); a RUNNING import that is not this instance's and whose
 * heartbeat is older than zhijian.imports.heartbeat-timeout, or that carries this
 * instance's name without being one of its running jobs (left over from before a
 * restart under a fixed zhijian.instance-id), is marked INTERRUPTED: nothing of it
 * was written, and its file may be imported again. Runs before the web server
 * takes requests, then every zhijian.imports.sweep-interval, and then removes the
 * files such imports left behind. Heartbeats run on their own thread, so they go
 * on when scheduled jobs are switched off.
 */
@Component
public class ImportJobWatch implements SmartInitializingSingleton, DisposableBean {

    static final String INTERRUPTED = "spotcheck.import.interrupted";
    private static final Logger log = LoggerFactory.getLogger(ImportJobWatch.class);

    private final JdbcTemplate jdbc;
    private final ImportFiles files;
    private final JsonMapper json;
    private final String instance;
    private final Duration heartbeat;
    private final Duration timeout;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "spotcheck-import-heartbeat");
        t.setDaemon(true);
        return t;
    });

    ImportJobWatch(JdbcTemplate jdbc, ImportFiles files, JsonMapper json, InstanceIdentity instance,
                   @Value("${zhijian.imports.heartbeat:PT10S}") Duration heartbeat,
                   @Value("${zhijian.imports.heartbeat-timeout:PT1M}") Duration timeout) {
        this.jdbc = jdbc;
        this.files = files;
        this.json = json;
        this.instance = instance.id();
        this.heartbeat = heartbeat;
        this.timeout = timeout;
    }

    /** The name running imports of this instance carry as their owner. */
    public String instance() {
        return instance;
    }

    /** Called in the transaction that creates the job, so no sweep sees it before this instance owns it. */
    void started(long jobId) {
        running.add(jobId);
    }

    void ended(long jobId) {
        running.remove(jobId);
    }

    @Override
    public void afterSingletonsInstantiated() {
        files.touch();
        sweep();
        long millis = heartbeat.toMillis();
        beat.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        beat.shutdownNow();
    }

    private void beat() {
        files.touch();
        for (Long id : List.copyOf(running)) {
            try {
                jdbc.update("update result_import set heartbeat_at = current_timestamp where id = ?"
                        + " and status = 'RUNNING'", id);
            } catch (DataAccessException e) {
                log.warn("Import {}: heartbeat not recorded ({})", id, e.getMessage());
            }
        }
    }

    /** Marks dead instances' imports interrupted, then removes left-over files; answers how many were marked. */
    @Scheduled(fixedDelayString = "${zhijian.imports.sweep-interval:PT30S}",
            initialDelayString = "${zhijian.imports.sweep-interval:PT30S}")
    public int sweep() {
        int marked = 0;
        try {
            marked = markInterrupted();
        } catch (DataAccessException e) {
            log.warn("Interrupted imports not looked for ({}); the next sweep will", e.getMessage());
        }
        // the live set: a job started while the folder is read is in it before its files exist
        files.removeOrphans(Collections.unmodifiableSet(running));
        return marked;
    }

    /** Marks RUNNING jobs of dead instances (and this instance's leftovers) INTERRUPTED; answers how many. */
    int markInterrupted() {
        OffsetDateTime now = jdbc.queryForObject("select current_timestamp", OffsetDateTime.class);
        Timestamp cutoff = Timestamp.from(now.toInstant().minus(timeout));
        String dead = " status = 'RUNNING' and (owner_instance = ? or heartbeat_at is null or heartbeat_at < ?)";
        List<Long> ids = jdbc.queryForList("select id from result_import where" + dead, Long.class, instance, cutoff);
        String report = json.writeValueAsString(List.of(new RowIssue(0, null, INTERRUPTED, List.of())));
        int marked = 0;
        for (Long id : ids) {
            if (running.contains(id)) {
                continue;
            }
            // the condition again: the job may have ended or beaten its heart since the select
            int n = jdbc.update("update result_import set status = 'INTERRUPTED', claimed_sha256 = null,"
                    + " error_count = 1, report = ?, finished_at = current_timestamp, version = version + 1"
                    + " where id = ? and" + dead, report, id, instance, cutoff);
            if (n > 0) {
                log.warn("Import {} was left running by an instance that stopped; marked interrupted", id);
                marked++;
            }
        }
        return marked;
    }
}
