package cn.gov.hunan.sanpin.application.workflow;

import cn.gov.hunan.sanpin.common.outbox.OutboxDestination;
import cn.gov.hunan.sanpin.common.outbox.OutboxMessage;
import cn.gov.hunan.sanpin.contract.review.client.IntakeApi;
import cn.gov.hunan.sanpin.contract.review.model.ApplicationHandOver;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Delivers applications that passed preliminary review to review-service, through its generated client
 * ({@code quarkus.rest-client.review-service.*}). The client carries this service's own token: quarkus-oidc-client's
 * filter, registered in the configuration, gets it from the realm (client credentials) and renews it.
 */
@ApplicationScoped
public class ReviewServiceHandOver implements OutboxDestination {

    @Inject
    @RestClient
    IntakeApi intake;

    @Inject
    ObjectMapper json;

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
