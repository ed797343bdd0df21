package org.zhijian.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this running instance among those sharing the database, e.g. as the owner
 * of the import it is working on. zhijian.instance-id gives a name that survives a
 * restart, so the restarted instance knows the work it left unfinished at once;
 * without it the name is the host's plus a random part, new at every start.
 */
@Component
public class InstanceIdentity {

    private final String id;

    InstanceIdentity(@Value("${zhijian.instance-id:}") String configured) {
        String raw = configured == null || configured.isBlank()
                ? host() + "-" + UUID.randomUUID().toString().substring(0, 8) : configured.strip();
        String safe = raw.replaceAll("[^A-Za-z0-9._-]", "_");
        this.id = safe.length() > 100 ? safe.substring(0, 100) : safe;
    }

    /** Letters, digits, '.', '_' and '-' only, at most 100 characters: usable as a file name too. */
    public String id() {
        return id;
    }

    /** Without a name lookup, which can stall start-up on a host with slow DNS. */
    private static String host() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            return "host";
        }
    }
}
