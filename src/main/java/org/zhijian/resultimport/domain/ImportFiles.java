package org.zhijian.resultimport.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhijian.system.InstanceIdentity;

/**
 * The files imports work with, in one known directory (zhijian.imports.work-dir,
 * by default zhijian-imports in the system temporary directory), one folder per
 * running instance. An upload is received as {@code upload-<uuid>.part}, becomes
 * {@code job-<id>.upload} once its job exists, and the checked results wait in
 * {@code job-<id>.spool}; the job deletes them when it ends. An instance keeps an
 * {@code alive} file in its folder fresh, so files a killed instance left behind
 * are recognised (its folder has gone stale) and removed, as are files in this
 * instance's folder that belong to no job it is running. Folders, not job ids,
 * decide, so instances on one host with different databases leave each other's
 * files alone.
 */
@Component
public class ImportFiles {

    private static final Logger log = LoggerFactory.getLogger(ImportFiles.class);
    private static final Pattern JOB_FILE = Pattern.compile("job-(\\d+)\\.(upload|spool)");
    private static final String ALIVE = "alive";
    /** Names used before the work directory existed, in the system temporary directory. */
    private static final Pattern LEGACY_FILE = Pattern.compile("zhijian-(upload|import)-\\d+\\.(bin|tsv)");

    private final Path root;
    private final Path dir;
    private final Duration grace;

    ImportFiles(@Value("${zhijian.imports.work-dir:}") String root,
                @Value("${zhijian.imports.orphan-grace:PT10M}") Duration grace, InstanceIdentity instance) {
        this.root = root == null || root.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "zhijian-imports") : Path.of(root);
        this.dir = this.root.resolve(instance.id());
        this.grace = grace;
    }

    /** This instance's folder. */
    public Path dir() {
        return dir;
    }

    /** Copies an upload into the work directory; the caller hands the file to the import, which deletes it. */
    public Path receive(InputStream in) throws IOException {
        Path file = ready().resolve("upload-" + UUID.randomUUID() + ".part");
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** The upload, now owned by job id, under the job's name. */
    Path adopt(Path upload, long jobId) throws IOException {
        return Files.move(upload, ready().resolve("job-" + jobId + ".upload"), StandardCopyOption.REPLACE_EXISTING);
    }

    Path spool(long jobId) throws IOException {
        Path spool = ready().resolve("job-" + jobId + ".spool");
        Files.deleteIfExists(spool);
        return Files.createFile(spool);
    }

    /** Tells other instances sharing the directory that this one is alive. */
    void touch() {
        try {
            Path alive = ready().resolve(ALIVE);
            if (Files.exists(alive)) {
                Files.setLastModifiedTime(alive, FileTime.from(Instant.now()));
            } else {
                Files.createFile(alive);
            }
        } catch (IOException e) {
            log.warn("Could not mark {} as alive", dir, e);
        }
    }

    private Path ready() throws IOException {
        return Files.createDirectories(dir);
    }

    static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Removes what no live job owns: the folders of instances silent for longer than the grace
     * period, in this instance's folder the files of jobs it is not running and uploads older
     * than the grace period (no request still writes them), and files of the earlier temp-file
     * naming older than that.
     */
    int removeOrphans(Set<Long> runningHere) {
        Instant before = Instant.now().minus(grace);
        int removed = 0;
        if (Files.isDirectory(root)) {
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
                for (Path folder : folders) {
                    removed += folder.equals(dir) ? removeOwnOrphans(runningHere, before)
                            : olderThan(folder.resolve(ALIVE), before) ? removeFolder(folder) : 0;
                }
            } catch (IOException e) {
                log.warn("Could not look for left-over import files in {}", root, e);
            }
        }
        removed += removeLegacy(before);
        if (removed > 0) {
            log.info("Removed {} import files left behind by stopped imports", removed);
        }
        return removed;
    }

    private int removeOwnOrphans(Set<Long> runningHere, Instant before) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                Matcher job = JOB_FILE.matcher(name);
                boolean orphan = job.matches() ? !runningHere.contains(Long.parseLong(job.group(1)))
                        : !name.equals(ALIVE) && olderThan(f, before);
                removed += orphan && delete(f) ? 1 : 0;
            }
        }
        return removed;
    }

    private static int removeFolder(Path folder) throws IOException {
        int removed = 0;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                removed += delete(p) && !p.equals(folder) && !p.getFileName().toString().equals(ALIVE) ? 1 : 0;
            }
        }
        return removed;
    }

    private static int removeLegacy(Instant before) {
        int removed = 0;
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp, "zhijian-*")) {
            for (Path f : files) {
                boolean orphan = LEGACY_FILE.matcher(f.getFileName().toString()).matches() && olderThan(f, before);
                removed += orphan && delete(f) ? 1 : 0;
            }
        } catch (IOException e) {
            log.debug("Could not look for left-over import files in {}", tmp, e);
        }
        return removed;
    }

    /** A missing file counts as old: a folder without its alive file was never (or is no longer) alive. */
    private static boolean olderThan(Path f, Instant before) {
        try {
            return Files.getLastModifiedTime(f).toInstant().isBefore(before);
        } catch (IOException e) {
            return true;
        }
    }

    static boolean delete(Path f) {
        if (f == null) {
            return false;
        }
        try {
            return Files.deleteIfExists(f);
        } catch (IOException e) {
            log.debug("could not delete {}", f, e);
            return false;
        }
    }
}
