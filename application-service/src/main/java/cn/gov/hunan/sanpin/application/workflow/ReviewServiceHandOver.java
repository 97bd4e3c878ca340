package cn.gov.hunan.sanpin.application.workflow;

import cn.gov.hunan.sanpin.common.outbox.OutboxDestination;
import cn.gov.hunan.sanpin.common.outbox.OutboxMessage;
import cn.gov.hunan.sanpin.contract.review.client.ApiExceptionMapper;
import cn.gov.hunan.sanpin.contract.review.client.IntakeApi;
import cn.gov.hunan.sanpin.contract.review.model.ApplicationHandOver;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Delivers applications that passed preliminary review to review-service, through its generated client. */
@ApplicationScoped
public class ReviewServiceHandOver implements OutboxDestination {

    @Inject
    ServiceAccountBearer serviceAccount;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "sanpin.review-service.url")
    URI reviewService;

    private IntakeApi intake;

    @PostConstruct
    void connect() {
        intake = QuarkusRestClientBuilder.newBuilder().baseUri(reviewService).register(serviceAccount).register(ApiExceptionMapper.class)
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS).build(IntakeApi.class);
    }

    @Override
    public String name() {
        return WorkflowService.REVIEW_SERVICE;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        ApplicationHandOver handOver = json.readValue(message.payload(), ApplicationHandOver.class).messageId(message.id());
        intake.receiveApplication(handOver);
    }
}
