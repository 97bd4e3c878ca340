package cn.gov.hunan.sanpin.application.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.application.Problems;
import cn.gov.hunan.sanpin.contract.application.client.ApplicationsApi;
import cn.gov.hunan.sanpin.contract.application.client.WorkflowApi;
import cn.gov.hunan.sanpin.contract.application.model.Application;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatistics;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.DecisionDraft;
import cn.gov.hunan.sanpin.contract.application.model.DecisionKind;
import cn.gov.hunan.sanpin.testing.Clients;
import cn.gov.hunan.sanpin.testing.PlatformStub;
import cn.gov.hunan.sanpin.testing.SettableClock;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The province dashboard's numbers (申报统计): what each officer's list holds, counted per 市州, industry and status,
 * each number the total of the list filtered by it.
 */
@ApplicationServiceTest
class StatisticsTests {

    static final String YUELU_TOKEN = Tokens.county("yuelu", "长沙市岳麓区工业和信息化局", "430104");
    static final String CHANGSHA_TOKEN = Tokens.city("changsha", "长沙市工业和信息化局", "430100");

    @TestHTTPResource("/")
    URI base;

    @Inject
    SettableClock clock;

    @Inject
    EntityManager em;

    UUID batchId;

    /**
     * 湘韵 (岳麓区, 1491) forwarded by its county, 花火 (浏阳市, a 直管县 of 长沙市, 2672) and 莲城 (湘潭 雨湖区, 1810)
     * submitted, and 书香 (岳麓区) still a draft.
     */
    @BeforeEach
    void fourApplicationsInTwoCities() throws Exception {
        batchId = OpenCall.open2025(base, clock);
        for (String ent : List.of("ent01", "ent03", "ent04", "ent06")) {
            PlatformStub.serves(PlatformStub.demoEnterprise(ent));
        }
        Application xiangyun = submitted("ent01");
        Clients.of(WorkflowApi.class, base, YUELU_TOKEN).decide(xiangyun.getId(), new DecisionDraft().kind(DecisionKind.FORWARD)
                .opinion("经审核，材料真实完整，同意报送市州。").version(xiangyun.getVersion()));
        submitted("ent04");
        submitted("ent06");
        SubmissionTests.completeDraft(Clients.of(ApplicationsApi.class, base, enterprise("ent03")), batchId);
    }

    @AfterEach
    void cleanUp() {
        OpenCall.removeEverything(em, clock);
    }

    String enterprise(String username) {
        return Tokens.enterprise(username, "测试企业", PlatformStub.demoEnterprise(username).get("creditCode").asText());
    }

    Application submitted(String username) throws Exception {
        ApplicationsApi api = Clients.of(ApplicationsApi.class, base, enterprise(username));
        Application draft = SubmissionTests.completeDraft(api, batchId);
        return api.submitApplication(draft.getId(), UUID.randomUUID().toString(), SubmissionTests.pledged(draft));
    }

    ApplicationStatistics statisticsFor(String token) throws Exception {
        return Clients.of(WorkflowApi.class, base, token).getApplicationStatistics(batchId);
    }

    @Test
    void theProvinceCountsEverySubmittedApplicationByCityIndustryAndStatus() throws Exception {
        ApplicationStatistics province = statisticsFor(Tokens.province());

        assertEquals(3, province.getTotal(), "the draft is the enterprise's own");
        assertEquals(List.of("430100 长沙市 2", "430300 湘潭市 1"), province.getByCity().stream()
                .map(c -> c.getCode() + " " + c.getName() + " " + c.getCount()).toList(), "浏阳 counts under 长沙市");
        assertEquals(List.of("1491 食品制造业 1", "1810 纺织服装、服饰业 1", "2672 焰火、鞭炮产品制造 1"), province.getByIndustry().stream()
                .map(i -> i.getCode() + " " + i.getName() + " " + i.getCount()).toList(), "named by the most specific listed industry");
        assertEquals(List.of(ApplicationStatus.SUBMITTED + " 2", ApplicationStatus.CITY_REVIEW + " 1"), province.getByStatus().stream()
                .map(s -> s.getStatus() + " " + s.getCount()).toList());
        assertEachNumberIsItsFilteredList(Tokens.province(), province);
        assertEquals(0, Clients.of(WorkflowApi.class, base, Tokens.province()).getApplicationStatistics(UUID.randomUUID()).getTotal(),
                "another batch has none");
    }

    /** Every number the dashboard shows is what the list, filtered the same way, reports as its total. */
    void assertEachNumberIsItsFilteredList(String token, ApplicationStatistics statistics) throws Exception {
        ApplicationsApi list = Clients.of(ApplicationsApi.class, base, token);
        assertEquals(statistics.getTotal(), list.listApplications(0, 1, null, batchId, null, null, null, null, null)
                .getPage().getTotalElements().intValue());
        for (var city : statistics.getByCity()) {
            assertEquals(city.getCount(), list.listApplications(0, 1, null, batchId, null, null, city.getCode(), null, null)
                    .getPage().getTotalElements().intValue(), city.getName());
        }
        for (var industry : statistics.getByIndustry()) {
            assertEquals(industry.getCount(), list.listApplications(0, 1, null, batchId, null, null, null, industry.getCode(), null)
                    .getPage().getTotalElements().intValue(), industry.getCode());
        }
        for (var status : statistics.getByStatus()) {
            assertEquals(status.getCount(), list.listApplications(0, 1, null, batchId, status.getStatus(), null, null, null, null)
                    .getPage().getTotalElements().intValue(), status.getStatus().toString());
        }
    }

    @Test
    void aCountyCountsOnlyItsOwnAndACityNotItsDirectlyAdministeredCounties() throws Exception {
        ApplicationStatistics yuelu = statisticsFor(YUELU_TOKEN);
        assertEquals(1, yuelu.getTotal());
        assertEquals(List.of("430100"), yuelu.getByCity().stream().map(c -> c.getCode()).toList());
        assertEquals(List.of("1491"), yuelu.getByIndustry().stream().map(i -> i.getCode()).toList());
        assertEquals(List.of(ApplicationStatus.CITY_REVIEW), yuelu.getByStatus().stream().map(s -> s.getStatus()).toList());
        assertEachNumberIsItsFilteredList(YUELU_TOKEN, yuelu);

        ApplicationStatistics changsha = statisticsFor(CHANGSHA_TOKEN);
        assertEquals(1, changsha.getTotal(), "浏阳 recommends straight to the province");
        assertEachNumberIsItsFilteredList(CHANGSHA_TOKEN, changsha);
    }

    @Test
    void anEnterpriseIsRefused() {
        Problems.expect(403, () -> statisticsFor(enterprise("ent01")));
    }
}
