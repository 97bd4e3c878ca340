package cn.gov.hunan.sanpin.devstack;

/** Log format for the command-line mains: one line per record, on stderr (JDK logging's console handler). */
final class Logging {

    private Logging() {
    }

    static void forCommandLine() {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null
                && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s: %5$s%6$s%n");
        }
    }
}
