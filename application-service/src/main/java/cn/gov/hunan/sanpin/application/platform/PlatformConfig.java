package cn.gov.hunan.sanpin.application.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How we reach the provincial 企业服务平台. Its URL is the REST client's
 * ({@code quarkus.rest-client.enterprise-platform.url}); timeouts, retries and the breaker are on
 * {@link EnterprisePlatform} and may be overridden per MicroProfile Fault Tolerance configuration.
 */
@ConfigMapping(prefix = "sanpin.platform")
public interface PlatformConfig {

    /** The API key the platform issued to us, sent as {@code X-Platform-Key}. */
    String key();

    /** How long fetched facts are served from the cache before they are fetched again. */
    @WithDefault("PT24H")
    Duration cacheFor();
}
