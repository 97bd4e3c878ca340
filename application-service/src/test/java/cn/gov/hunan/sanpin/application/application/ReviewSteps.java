package cn.gov.hunan.sanpin.application.application;

import cn.gov.hunan.sanpin.application.ReviewServiceStub;
import cn.gov.hunan.sanpin.contract.application.client.ApplicationsApi;
import cn.gov.hunan.sanpin.contract.application.client.WorkflowApi;
import cn.gov.hunan.sanpin.contract.application.model.Application;
import cn.gov.hunan.sanpin.contract.application.model.ClaimCheckDraft;
import cn.gov.hunan.sanpin.contract.application.model.ClaimVerdict;
import cn.gov.hunan.sanpin.contract.application.model.DecisionDraft;
import cn.gov.hunan.sanpin.contract.application.model.DecisionKind;
import cn.gov.hunan.sanpin.testing.Clients;
import cn.gov.hunan.sanpin.testing.PlatformStub;
import cn.gov.hunan.sanpin.testing.SettableClock;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The 2025 call open, ent01 (岳麓区 → 长沙市), ent03 and ent04 (浏阳市, a 直管县) on the platform, review-service up;
 * and the steps review tests take through the generated clients, as the units' officers.
 */
abstract class ReviewSteps {

    static final String YUELU = "长沙市岳麓区工业和信息化局";
    static final String CHANGSHA = "长沙市工业和信息化局";
    static final String LIUYANG = "浏阳市工业和信息化局";
    static final String YUELU_TOKEN = Tokens.county("yuelu", YUELU, "430104");
    static final String CHANGSHA_TOKEN = Tokens.city("changsha", CHANGSHA, "430100");
    static final String LIUYANG_TOKEN = Tokens.county("liuyang", LIUYANG, "430181");

    @TestHTTPResource("/")
    URI base;

    @Inject
    SettableClock clock;

    @Inject
    EntityManager em;

    @Inject
    CircuitBreakerMaintenance breakers;

    UUID batchId;

    @BeforeEach
    void openThe2025Call() throws Exception {
        batchId = OpenCall.open2025(base, clock);
        for (String ent : List.of("ent01", "ent03", "ent04")) {
            PlatformStub.serves(PlatformStub.demoEnterprise(ent));
        }
        ReviewServiceStub.up();
    }

    @AfterEach
    void cleanUp() {
        breakers.resetAll();
        OpenCall.removeEverything(em, clock);
    }

    <T> T as(Class<T> api, String token) {
        return Clients.of(api, base, token);
    }

    static String ent(String username) {
        return Tokens.enterprise(username, "测试企业", PlatformStub.demoEnterprise(username).get("creditCode").asText());
    }

    Application submitted(String username) throws Exception {
        ApplicationsApi api = as(ApplicationsApi.class, ent(username));
        Application draft = SubmissionTests.completeDraft(api, batchId);
        return api.submitApplication(draft.getId(), UUID.randomUUID().toString(), SubmissionTests.pledged(draft));
    }

    Application decide(String token, Application a, DecisionKind kind, String opinion) throws Exception {
        return as(WorkflowApi.class, token).decide(a.getId(), new DecisionDraft().kind(kind).opinion(opinion).version(a.getVersion()));
    }

    /** The recommending unit's check of every claim on record (all 属实), then its recommendation. */
    Application recommend(String token, Application a, String opinion) throws Exception {
        as(WorkflowApi.class, token).saveClaimChecks(a.getId(), claimItems(a).stream()
                .map(item -> new ClaimCheckDraft().item(item).verdict(ClaimVerdict.ACCEPTED).comment("经核实属实")).toList());
        return decide(token, a, DecisionKind.RECOMMEND, opinion);
    }

    /** BC1–BC7 and the application's claimed special works, as the check covers them. */
    static List<String> claimItems(Application a) {
        List<String> items = new ArrayList<>(List.of("BC1", "BC2", "BC3", "BC4", "BC5", "BC6", "BC7"));
        a.getContent().getSpecialWorks().forEach(w -> items.add(w.getCode().toString()));
        return items;
    }
}
