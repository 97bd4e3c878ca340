package cn.gov.hunan.sanpin.application.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A request leaves no socket open behind it. A trusted proxy written as a bare {@code ::1} once made every request
 * open a DNS client that was never closed: thirteen thousand UDP sockets after one benchmark run, on the way to
 * running out of file descriptors. The service runs in this JVM, so its sockets are this process's (Linux /proc).
 */
@ApplicationServiceTest
class OpenFilesTests {

    private static final Path OPEN_FILES = Path.of("/proc/self/fd");

    /** This process's UDP sockets: its open files that are sockets listed in /proc/net/udp or udp6. */
    static long udpSockets() throws IOException {
        Set<String> udp = new HashSet<>();
        for (String table : new String[] {"/proc/net/udp", "/proc/net/udp6"}) {
            Path path = Path.of(table);
            if (Files.exists(path)) {
                Files.readAllLines(path).stream().skip(1).map(line -> line.trim().split("\\s+")[9]).forEach(udp::add);
            }
        }
        try (Stream<Path> files = Files.list(OPEN_FILES)) {
            return files.map(OpenFilesTests::target).filter(t -> t.startsWith("socket:["))
                    .filter(t -> udp.contains(t.substring(8, t.length() - 1))).count();
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException closedMeanwhile) {
            return "";
        }
    }

    @Test
    void twoHundredRequestsThroughTheTrustedProxyLeaveNoSocketOpen() throws IOException {
        assumeTrue(Files.isDirectory(OPEN_FILES), "needs /proc");
        long before = udpSockets();
        for (int i = 0; i < 200; i++) {
            RestAssured.given().header("X-Forwarded-For", "10.20.30.40").get("/api/v1/regions").then().statusCode(401);
        }
        long after = udpSockets();
        assertTrue(after - before < 5, "UDP sockets grew from " + before + " to " + after);
    }
}
