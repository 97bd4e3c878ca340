package cn.gov.hunan.sanpin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service's features (its packages) depend on each other in one direction only: workflow on recommendation on
 * application, never back. A feature that needs to tell another uses an event or an interface it owns.
 */
class FeatureDependencyTest {

    static final Path SOURCES = Path.of("src/main/java/cn/gov/hunan/sanpin/application");
    static final Pattern REFERENCE = Pattern.compile("cn\\.gov\\.hunan\\.sanpin\\.application\\.(\\w+)\\.[A-Z]");

    @Test
    void noFeatureDependsOnItselfThroughAnother() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertTrue(uses.keySet().containsAll(List.of("application", "recommendation", "workflow")), uses.keySet().toString());
        List<List<String>> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            cycleThrough(start, start, uses, new ArrayList<>(List.of(start)), cycles);
        }
        assertEquals(List.of(), cycles, "feature cycles");
    }

    @Test
    void theReviewWorkflowIsBuiltOnApplicationsNotTheOtherWayRound() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertTrue(uses.get("workflow").containsAll(List.of("application", "recommendation")));
        assertTrue(uses.get("application").stream().noneMatch(Set.of("workflow", "recommendation")::contains), uses.get("application").toString());
        assertTrue(uses.get("recommendation").stream().noneMatch("workflow"::equals));
    }

    /** Each package and the other packages of this service its sources name. */
    static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = SOURCES.relativize(file.getParent()).toString();
                Set<String> used = uses.computeIfAbsent(feature, f -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(feature)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }

    private static void cycleThrough(String start, String at, Map<String, Set<String>> uses, List<String> path, List<List<String>> cycles) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                cycles.add(cycle);
            } else if (!path.contains(next) && next.compareTo(start) > 0) { // each cycle once, from its least package
                path.add(next);
                cycleThrough(start, next, uses, path, cycles);
                path.removeLast();
            }
        }
    }
}
