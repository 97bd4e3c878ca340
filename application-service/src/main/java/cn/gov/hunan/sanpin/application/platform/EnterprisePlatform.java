package cn.gov.hunan.sanpin.application.platform;

import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.contract.platform.client.ApiException;
import cn.gov.hunan.sanpin.contract.platform.client.EnterprisesApi;
import cn.gov.hunan.sanpin.contract.platform.model.EnterpriseFacts;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way to the 企业服务平台: the client generated from openapi/platform.yaml, with a timeout, retries with
 * back-off and a circuit breaker. An enterprise the platform does not know is an answer (empty), not a failure.
 * A platform that is down, slow or answering something unreadable is a 503/502 problem; nothing is saved. Callers
 * see a timeout or an open breaker as {@link org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException}.
 */
@ApplicationScoped
public class EnterprisePlatform {

    private final EnterprisesApi enterprises;

    public EnterprisePlatform(@RestClient EnterprisesApi enterprises) {
        this.enterprises = enterprises;
    }

    // The timeout counts from the call, so it includes any wait for our own CPU: at 2 s a burst of 200 submissions on
    // a busy 2-core machine timed out calls the platform answered in milliseconds and opened the breaker. The
    // breaker judges 20 calls, not 6, so one slow moment does not turn every enterprise away for 15 s.
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {PlatformUnavailable.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
            failOn = {PlatformUnavailable.class, TimeoutException.class})
    public Optional<EnterpriseFacts> facts(String creditCode) {
        try {
            return Optional.of(enterprises.getEnterpriseFacts(creditCode));
        } catch (ApiException answered) {
            if (answered.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw new PlatformUnavailable();
        } catch (ProcessingException failed) {
            if (causedBy(failed, JsonProcessingException.class)) {
                throw PlatformUnavailable.invalidAnswer("unreadable");
            }
            throw new PlatformUnavailable();
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The platform could not be used now: down, slow, erroring (503), or answering garbage (502). */
    public static class PlatformUnavailable extends ProblemException {

        public PlatformUnavailable() {
            super(503, "platform-unavailable", List.of());
        }

        private PlatformUnavailable(String reason) {
            super(502, "platform-invalid-answer", List.of(), reason);
        }

        public static PlatformUnavailable invalidAnswer(String reason) {
            return new PlatformUnavailable(reason);
        }
    }
}
