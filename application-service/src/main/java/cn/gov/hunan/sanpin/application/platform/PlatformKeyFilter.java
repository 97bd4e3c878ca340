package cn.gov.hunan.sanpin.application.platform;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Adds our platform API key to every call to the 企业服务平台. Registered for that client only, in configuration;
 * such providers are created without injection, so it reads {@link PlatformConfig}'s key from the configuration.
 */
public class PlatformKeyFilter implements ClientRequestFilter {

    private final String key = ConfigProvider.getConfig().getValue("sanpin.platform.key", String.class);

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle("X-Platform-Key", key);
    }
}
