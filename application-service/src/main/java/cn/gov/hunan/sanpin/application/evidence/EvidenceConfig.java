package cn.gov.hunan.sanpin.application.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on evidence uploads. */
@ConfigMapping(prefix = "sanpin.evidence")
public interface EvidenceConfig {

    /** The largest file accepted, in bytes (default 20 MiB). */
    @WithDefault("20971520")
    long maxBytes();

    /**
     * The size of the chunks files are stored in. An upload holds at most one chunk being stored and one arriving
     * (48 workers storing at once hold 24 MB at the default 256 KiB).
     */
    @WithDefault("262144")
    int chunkBytes();
}
