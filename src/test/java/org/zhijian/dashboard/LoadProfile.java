package org.zhijian.dashboard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top of a flame graph, as text: of the request threads' execution samples in a JFR recording, the
 * methods on top of the stack (self time) and the frames that are on the stack most often (inclusive),
 * the latter limited to code that is not the JDK's so that the page-level work stands out.
 */
final class LoadProfile {

    private LoadProfile() {
    }

    static void print(Path recording) throws IOException {
        Map<String, Integer> self = new LinkedHashMap<>();
        Map<String, Integer> inclusive = new LinkedHashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getThread("sampledThread") == null
                    || !String.valueOf(e.getThread("sampledThread").getJavaName()).startsWith("http-nio")) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (!n.startsWith("java.") && !n.startsWith("jdk.") && !n.startsWith("sun.") && seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%nProfile of the load run (JFR, %s): %,d samples of request threads%n", recording, samples);
        top("on top of the stack (self)", self, samples, 15);
        top("on the stack (inclusive, outside the JDK)", inclusive, samples, 30);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void top(String title, Map<String, Integer> counts, int samples, int n) {
        System.out.println("  " + title + ":");
        String lines = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(n)
                .map(e -> String.format("  %5.1f %%  %s", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()))
                .collect(Collectors.joining("\n"));
        System.out.println(lines);
    }
}
