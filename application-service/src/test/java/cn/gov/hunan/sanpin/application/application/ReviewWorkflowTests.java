package cn.gov.hunan.sanpin.application.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.application.Problems;
import cn.gov.hunan.sanpin.application.ReviewServiceStub;
import cn.gov.hunan.sanpin.common.outbox.OutboxRelay;
import cn.gov.hunan.sanpin.contract.application.client.ApplicationsApi;
import cn.gov.hunan.sanpin.contract.application.client.NotificationsApi;
import cn.gov.hunan.sanpin.contract.application.client.RecommendationsApi;
import cn.gov.hunan.sanpin.contract.application.client.WorkflowApi;
import cn.gov.hunan.sanpin.contract.application.model.Application;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContentUpdate;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.ClaimCheckDraft;
import cn.gov.hunan.sanpin.contract.application.model.ClaimVerdict;
import cn.gov.hunan.sanpin.contract.application.model.DecisionKind;
import cn.gov.hunan.sanpin.contract.application.model.Problem;
import cn.gov.hunan.sanpin.contract.application.model.Recommendation;
import cn.gov.hunan.sanpin.contract.application.model.RecommendationStatus;
import cn.gov.hunan.sanpin.contract.application.model.ReviewTurn;
import cn.gov.hunan.sanpin.testing.Tokens;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** County → city → province and 直管县 → province, through the generated clients (DOMAIN.md §4, issue 5). */
@ApplicationServiceTest
class ReviewWorkflowTests extends ReviewSteps {

    @Inject
    OutboxRelay relay;

    Recommendation finalise(String token) throws Exception {
        return as(RecommendationsApi.class, token).submitRecommendationScan(batchId, "盖章推荐函.pdf",
                new ByteArrayInputStream(EvidenceTests.pdf(2048)));
    }

    @Test
    void anOrdinaryCountysApplicationPassesCountyCityAndProvinceAndReachesReviewServiceOnce() throws Exception {
        Application a = submitted("ent01");
        WorkflowApi yuelu = as(WorkflowApi.class, YUELU_TOKEN);
        assertEquals(1, as(ApplicationsApi.class, YUELU_TOKEN).listApplications(0, 20, null, batchId, null, true, null, null, null)
                .getPage().getTotalElements(), "in the county's inbox");
        ReviewTurn turn = as(ApplicationsApi.class, YUELU_TOKEN).getApplication(a.getId()).getTurn();
        assertEquals(List.of(DecisionKind.FORWARD, DecisionKind.RETURN, DecisionKind.NOT_RECOMMEND), turn.getDecisions(), "the county's choices");
        assertEquals(cn.gov.hunan.sanpin.contract.application.model.ReviewStage.COUNTY, turn.getStage());
        assertNull(as(ApplicationsApi.class, CHANGSHA_TOKEN).getApplication(a.getId()).getTurn(), "not yet the city's turn");
        yuelu.saveClaimChecks(a.getId(), List.of(new ClaimCheckDraft().item("BC1").verdict(ClaimVerdict.ACCEPTED).comment("与平台数据一致"),
                new ClaimCheckDraft().item("SW03").verdict(ClaimVerdict.QUERIED).comment("请补充检测报告")));
        a = decide(YUELU_TOKEN, a, DecisionKind.FORWARD, "经审核，材料真实完整，同意报送市州。");
        assertEquals(ApplicationStatus.CITY_REVIEW, a.getStatus());
        assertEquals("430100", a.getReviewingRegion());

        a = recommend(CHANGSHA_TOKEN, a, "该企业营养食品品类丰富，品牌影响力强，同意推荐。");
        assertEquals(ApplicationStatus.CITY_REVIEW, a.getStatus(), "not with the province before the stamped letter");
        assertNull(a.getTurn(), "decided: no second decision is offered while the letter is pending");
        RecommendationsApi changsha = as(RecommendationsApi.class, CHANGSHA_TOKEN);
        Recommendation list = changsha.getRecommendation(batchId);
        assertEquals(1, list.getCap());
        assertEquals(List.of("湖南湘韵食品有限公司"), list.getEntries().stream().map(e -> e.getApplication().getEnterpriseName()).toList());

        try (InputStream pdf = changsha.downloadRecommendationLetter(batchId); var document = Loader.loadPDF(pdf.readAllBytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains(CHANGSHA) && text.contains("湖南湘韵食品有限公司") && text.contains("同意推荐"), text);
        }
        try (InputStream xlsx = changsha.downloadRecommendationSummary(batchId); var workbook = new XSSFWorkbook(xlsx)) {
            var sheet = workbook.getSheetAt(0);
            boolean listed = false;
            for (var row : sheet) {
                for (var cell : row) {
                    listed |= cell.toString().equals("湖南湘韵食品有限公司");
                }
            }
            assertTrue(listed, "the summary table names the enterprise");
        }

        Recommendation sent = finalise(CHANGSHA_TOKEN);
        assertEquals(RecommendationStatus.FINAL, sent.getStatus());
        ApplicationsApi province = as(ApplicationsApi.class, Tokens.province());
        a = province.getApplication(a.getId());
        assertEquals(ApplicationStatus.RECOMMENDED, a.getStatus());

        a = decide(Tokens.province(), a, DecisionKind.PASS, "初审通过，进入专家评审。");
        assertEquals(ApplicationStatus.PRELIMINARY_PASSED, a.getStatus());
        deliverOutbox();
        assertEquals(1, ReviewServiceStub.received().size());
        assertTrue(ReviewServiceStub.received().getFirst().getBodyAsString().contains(a.getId().toString()));

        List<DecisionKind> decisions = as(WorkflowApi.class, ent("ent01")).listDecisions(a.getId()).stream().map(d -> d.getKind()).toList();
        assertEquals(List.of(DecisionKind.FORWARD, DecisionKind.RECOMMEND, DecisionKind.PASS), decisions);
        var notes = as(NotificationsApi.class, ent("ent01")).listNotifications(0, 20, false);
        assertTrue(notes.getItems().stream().anyMatch(n -> n.getTitle().contains("初审")), "the enterprise is told");
    }

    @Test
    void aDirectlyAdministeredCountyRecommendsStraightToTheProvince() throws Exception {
        Application a = submitted("ent04");
        recommend(LIUYANG_TOKEN, a, "烟花品牌国内领先，同意推荐。");
        Recommendation list = as(RecommendationsApi.class, LIUYANG_TOKEN).getRecommendation(batchId);
        assertEquals(3, list.getCap(), "the 直管县 default");
        finalise(LIUYANG_TOKEN);
        assertEquals(ApplicationStatus.RECOMMENDED, as(ApplicationsApi.class, Tokens.province()).getApplication(a.getId()).getStatus());
        Problem forward = Problems.expect(422, () -> decide(Tokens.province(), as(ApplicationsApi.class, Tokens.province())
                .getApplication(a.getId()), DecisionKind.FORWARD, "误操作"));
        assertEquals("kind", forward.getErrors().getFirst().getField());
    }

    /** An exported list's rows (under its title and header) as "enterprise name status", read with POI. */
    static List<String> exportedEnterprises(InputStream xlsx) throws Exception {
        try (xlsx; var workbook = new XSSFWorkbook(xlsx)) {
            var sheet = workbook.getSheetAt(0);
            assertEquals(List.of("企业名称", "状态"), List.of(sheet.getRow(1).getCell(1).getStringCellValue(), sheet.getRow(1).getCell(4).getStringCellValue()));
            List<String> names = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(1).getStringCellValue() + " " + sheet.getRow(r).getCell(4).getStringCellValue());
            }
            return names;
        }
    }

    @Test
    void anExportHoldsTheOfficersFilteredListAndNothingOutsideTheirJurisdiction() throws Exception {
        Application a = submitted("ent01");
        submitted("ent04");
        decide(YUELU_TOKEN, a, DecisionKind.FORWARD, "同意报送。");

        assertEquals(List.of("湖南湘韵食品有限公司 市级审查"), exportedEnterprises(as(WorkflowApi.class, YUELU_TOKEN)
                .exportApplications(batchId, null, null, null, null, null)), "the county's own, after forwarding too");
        assertEquals(List.of("浏阳花火烟花制造有限公司 已提交"), exportedEnterprises(as(WorkflowApi.class, LIUYANG_TOKEN)
                .exportApplications(batchId, null, null, null, null, null)), "a 直管县 sees only its own");
        WorkflowApi province = as(WorkflowApi.class, Tokens.province());
        assertEquals(2, exportedEnterprises(province.exportApplications(batchId, null, null, null, null, null)).size());
        assertEquals(List.of("湖南湘韵食品有限公司 市级审查"), exportedEnterprises(province.exportApplications(batchId, ApplicationStatus.CITY_REVIEW,
                null, null, null, null)), "the status filter applies to the export");
        Problems.expect(403, () -> as(WorkflowApi.class, ent("ent01")).exportApplications(batchId, null, null, null, null, null));
    }

    /** The enterprise corrects the returned application (saved as it was) and resubmits it. */
    Application resubmitted(String username, Application a) throws Exception {
        ApplicationsApi api = as(ApplicationsApi.class, ent(username));
        Application returned = api.getApplication(a.getId());
        Application corrected = api.saveApplicationContent(a.getId(), new ApplicationContentUpdate().version(returned.getVersion())
                .content(returned.getContent()));
        return api.submitApplication(a.getId(), UUID.randomUUID().toString(), SubmissionTests.pledged(corrected));
    }

    @Test
    void aCityReturnComesBackToTheCityWhichDecidesPastItsPhaseDeadline() throws Exception {
        Application a = submitted("ent01");
        a = decide(YUELU_TOKEN, a, DecisionKind.FORWARD, "同意报送。");
        clock.setToday(LocalDate.of(2025, 11, 12)); // a Wednesday; the recommendation deadline is Friday 14 November
        a = decide(CHANGSHA_TOKEN, a, DecisionKind.RETURN, "近三年研发投入数据与审计报告不一致，请核实补正。");
        assertEquals(ApplicationStatus.RETURNED, a.getStatus());
        assertEquals(cn.gov.hunan.sanpin.contract.application.model.ReviewStage.CITY, a.getResubmission().getStage());
        assertEquals("430100", a.getResubmission().getReviewingRegion());
        assertEquals(LocalDate.of(2025, 11, 19), a.getResubmission().getDueOn(), "five working days from the return");

        clock.setToday(LocalDate.of(2025, 11, 18)); // past the city's phase deadline
        Application again = resubmitted("ent01", a);
        assertEquals(ApplicationStatus.CITY_REVIEW, again.getStatus(), "back to the city, not the county");
        assertEquals("430100", again.getReviewingRegion());
        assertNull(again.getResubmission());
        ReviewTurn turn = as(ApplicationsApi.class, CHANGSHA_TOKEN).getApplication(a.getId()).getTurn();
        assertEquals(LocalDate.of(2025, 11, 25), turn.getDueOn(), "five working days again to decide");
        assertNull(as(ApplicationsApi.class, YUELU_TOKEN).getApplication(a.getId()).getTurn(), "the county is not asked again");
        recommend(CHANGSHA_TOKEN, again, "补正后材料真实完整，同意推荐。");
        finalise(CHANGSHA_TOKEN);
        assertEquals(ApplicationStatus.RECOMMENDED, as(ApplicationsApi.class, Tokens.province()).getApplication(a.getId()).getStatus());
        assertTrue(as(NotificationsApi.class, ent("ent01")).listNotifications(0, 20, false).getItems().stream()
                .anyMatch(n -> n.getBody().contains("研发投入") && n.getBody().contains("2025-11-19")), "the enterprise was told why and by when");
        assertTrue(as(NotificationsApi.class, CHANGSHA_TOKEN).listNotifications(0, 20, false).getItems().stream()
                .anyMatch(n -> n.getTitle().contains("补正后重新提交")), "the city was told it is back");
    }

    @Test
    void aProvinceReturnComesBackToTheProvinceAcrossTheCountysDeadline() throws Exception {
        Application a = recommend(CHANGSHA_TOKEN, decide(YUELU_TOKEN, submitted("ent01"), DecisionKind.FORWARD, "同意报送。"), "同意推荐。");
        finalise(CHANGSHA_TOKEN);
        clock.setToday(LocalDate.of(2025, 11, 20)); // the county's and city's deadline (14 November) has passed
        ApplicationsApi province = as(ApplicationsApi.class, Tokens.province());
        a = decide(Tokens.province(), province.getApplication(a.getId()), DecisionKind.RETURN, "请补充2024年度审计报告。");
        assertEquals(cn.gov.hunan.sanpin.contract.application.model.ReviewStage.PROVINCE, a.getResubmission().getStage());
        assertEquals(LocalDate.of(2025, 11, 27), a.getResubmission().getDueOn());

        clock.setToday(LocalDate.of(2025, 11, 26));
        Application again = resubmitted("ent01", a);
        assertEquals(ApplicationStatus.RECOMMENDED, again.getStatus(), "straight back to the province: the letter stands");
        assertEquals("430000", again.getReviewingRegion());
        Application atProvince = province.getApplication(a.getId());
        assertEquals(LocalDate.of(2025, 12, 3), atProvince.getTurn().getDueOn(), "five working days again, past its 28 November deadline");
        assertEquals(ApplicationStatus.PRELIMINARY_PASSED, decide(Tokens.province(), atProvince, DecisionKind.PASS, "补正后符合条件。").getStatus());
    }

    @Test
    void aResubmissionAfterItsDueDateIsRefusedAndChangesNothing() throws Exception {
        Application a = decide(YUELU_TOKEN, submitted("ent01"), DecisionKind.RETURN, "营业执照扫描件不清晰。");
        assertEquals(LocalDate.of(2025, 9, 17), a.getResubmission().getDueOn());
        clock.setToday(LocalDate.of(2025, 9, 18));
        Problem late = Problems.expect(409, () -> resubmitted("ent01", a));
        assertEquals("已超过补正重报期限", late.getTitle());
        assertEquals(ApplicationStatus.RETURNED, as(ApplicationsApi.class, ent("ent01")).getApplication(a.getId()).getStatus());
    }

    @Test
    void aRecommendationNeedsTheUnitsRecordedCheckOfEveryClaim() throws Exception {
        Application a = decide(YUELU_TOKEN, submitted("ent01"), DecisionKind.FORWARD, "同意报送。");
        Problem unchecked = Problems.expect(422, () -> decide(CHANGSHA_TOKEN, a, DecisionKind.RECOMMEND, "未审查即推荐"));
        assertEquals(claimItems(a).stream().map(item -> "claimChecks." + item).toList(),
                unchecked.getErrors().stream().map(e -> e.getField()).toList(), "every basic condition and claimed work");

        WorkflowApi changsha = as(WorkflowApi.class, CHANGSHA_TOKEN);
        List<ClaimCheckDraft> checks = new ArrayList<>(claimItems(a).stream()
                .map(item -> new ClaimCheckDraft().item(item).verdict(ClaimVerdict.ACCEPTED)).toList());
        checks.set(7, new ClaimCheckDraft().item("SW01").verdict(ClaimVerdict.REJECTED));
        Problem noReason = Problems.expect(422, () -> changsha.saveClaimChecks(a.getId(), checks));
        assertEquals("[7].comment", noReason.getErrors().getFirst().getField());
        Problem notClaimed = Problems.expect(422, () -> changsha.saveClaimChecks(a.getId(),
                List.of(new ClaimCheckDraft().item("SW12").verdict(ClaimVerdict.ACCEPTED))));
        assertEquals("[0].item", notClaimed.getErrors().getFirst().getField());

        checks.set(7, new ClaimCheckDraft().item("SW01").verdict(ClaimVerdict.REJECTED).comment("佐证材料与企业无关"));
        changsha.saveClaimChecks(a.getId(), checks);
        Problem rejected = Problems.expect(422, () -> decide(CHANGSHA_TOKEN, a, DecisionKind.RECOMMEND, "同意推荐"));
        assertEquals(List.of("claimChecks.SW01"), rejected.getErrors().stream().map(e -> e.getField()).toList());
        assertEquals(0, as(RecommendationsApi.class, CHANGSHA_TOKEN).getRecommendation(batchId).getEntries().size(), "nothing listed");

        checks.set(7, new ClaimCheckDraft().item("SW01").verdict(ClaimVerdict.QUERIED).comment("检测报告待补充原件"));
        changsha.saveClaimChecks(a.getId(), checks);
        decide(CHANGSHA_TOKEN, a, DecisionKind.RECOMMEND, "同意推荐");
        assertEquals(1, as(RecommendationsApi.class, CHANGSHA_TOKEN).getRecommendation(batchId).getEntries().size());
    }

    @Test
    void anOrdinaryCountysNotRecommendIsToldToItsCityAndListedThere() throws Exception {
        Application a = decide(YUELU_TOKEN, submitted("ent01"), DecisionKind.NOT_RECOMMEND, "近三年发生较大质量事故，不予推荐。");
        assertEquals(ApplicationStatus.NOT_RECOMMENDED, a.getStatus());
        assertTrue(as(NotificationsApi.class, CHANGSHA_TOKEN).listNotifications(0, 20, true).getItems().stream()
                .anyMatch(n -> n.getTitle().contains(YUELU) && n.getTitle().contains("湖南湘韵食品有限公司")
                        && n.getBody().contains("质量事故")), "the city is told who refused, whom and why");
        var listed = as(ApplicationsApi.class, CHANGSHA_TOKEN).listApplications(0, 20, null, batchId, ApplicationStatus.NOT_RECOMMENDED,
                null, null, null, null);
        assertEquals(List.of(a.getId()), listed.getItems().stream().map(i -> i.getId()).toList());
        var decision = as(WorkflowApi.class, CHANGSHA_TOKEN).listDecisions(a.getId()).getFirst();
        assertEquals(YUELU, decision.getDecided().getUnit());
        assertFalse(as(NotificationsApi.class, Tokens.city("xiangtan", "湘潭市工业和信息化局", "430300")).listNotifications(0, 20, true)
                .getItems().stream().anyMatch(n -> n.getTitle().contains("湖南湘韵食品有限公司")), "no other city");
    }

    @Test
    void aRecommendationBeyondTheUnitsCapIsRefused() throws Exception {
        Application first = decide(YUELU_TOKEN, submitted("ent01"), DecisionKind.FORWARD, "同意报送。");
        Application second = decide(YUELU_TOKEN, submitted("ent03"), DecisionKind.FORWARD, "同意报送。");
        recommend(CHANGSHA_TOKEN, first, "同意推荐。");
        Problem problem = Problems.expect(409, () -> recommend(CHANGSHA_TOKEN, second, "同意推荐。"));
        assertEquals("超出推荐名额", problem.getTitle());
        assertEquals(ApplicationStatus.CITY_REVIEW, as(ApplicationsApi.class, CHANGSHA_TOKEN).getApplication(second.getId()).getStatus());
    }

    @Test
    void anotherCitysOfficerCannotSeeOrDecide() throws Exception {
        Application a = decide(YUELU_TOKEN, submitted("ent01"), DecisionKind.FORWARD, "同意报送。");
        String xiangtan = Tokens.city("xiangtan", "湘潭市工业和信息化局", "430300");
        Problems.expect(404, () -> decide(xiangtan, a, DecisionKind.RECOMMEND, "越权推荐"));
        Problems.expect(404, () -> as(ApplicationsApi.class, xiangtan).getApplication(a.getId()));
        Problem notMine = Problems.expect(409, () -> decide(YUELU_TOKEN, a, DecisionKind.NOT_RECOMMEND, "县级已无权决定"));
        assertEquals("该申报不在本单位审查环节", notMine.getTitle());
        Problems.expect(403, () -> decide(ent("ent01"), a, DecisionKind.RECOMMEND, "自荐"));
    }

    @Test
    void aDecisionAfterThePhaseDeadlineIsRefused() throws Exception {
        Application a = submitted("ent01");
        clock.setToday(LocalDate.of(2025, 11, 17)); // the Monday after the 14 November recommendation deadline
        Problem late = Problems.expect(409, () -> decide(YUELU_TOKEN, a, DecisionKind.FORWARD, "逾期报送"));
        assertEquals("已超过本阶段截止日期", late.getTitle());
        var overdue = as(WorkflowApi.class, Tokens.province()).listOverdueApplications(batchId);
        assertEquals(1, overdue.size());
        assertEquals(1, overdue.getFirst().getWorkingDaysOverdue());
    }

    @Test
    void twoOfficersDecidingAtOnceGetOneDecision() throws Exception {
        Application a = submitted("ent01");
        String colleague = Tokens.county("yuelu2", YUELU, "430104");
        List<Callable<Integer>> both = List.of(() -> outcome(YUELU_TOKEN, a, DecisionKind.FORWARD),
                () -> outcome(colleague, a, DecisionKind.RETURN));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(both)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        assertEquals(1, as(WorkflowApi.class, YUELU_TOKEN).listDecisions(a.getId()).size());
    }

    @Test
    void twoCityOfficersRecommendingAtOnceGetOneRecommendationAndA409() throws Exception {
        Application a = decide(YUELU_TOKEN, submitted("ent01"), DecisionKind.FORWARD, "同意报送。");
        as(WorkflowApi.class, CHANGSHA_TOKEN).saveClaimChecks(a.getId(), claimItems(a).stream()
                .map(item -> new ClaimCheckDraft().item(item).verdict(ClaimVerdict.ACCEPTED)).toList());
        Application checked = as(ApplicationsApi.class, CHANGSHA_TOKEN).getApplication(a.getId());
        String colleague = Tokens.city("changsha2", CHANGSHA, "430100");
        List<Callable<Integer>> both = List.of(() -> outcome(CHANGSHA_TOKEN, checked, DecisionKind.RECOMMEND),
                () -> outcome(colleague, checked, DecisionKind.RECOMMEND));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(both)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        assertEquals(1, as(RecommendationsApi.class, CHANGSHA_TOKEN).getRecommendation(batchId).getEntries().size());
        assertEquals(1, as(WorkflowApi.class, CHANGSHA_TOKEN).listDecisions(a.getId()).stream()
                .filter(d -> d.getKind() == DecisionKind.RECOMMEND).count());
    }

    private int outcome(String token, Application a, DecisionKind kind) {
        try {
            decide(token, a, kind, "同时审查");
            return 200;
        } catch (Exception refused) {
            return Problems.statusOf(refused);
        }
    }

    @Test
    void handOversWaitWhileReviewServiceIsDownAndArriveOnceWhenItIsBack() throws Exception {
        List<UUID> passed = new ArrayList<>();
        for (String ent : List.of("ent01", "ent04")) {
            Application a = submitted(ent);
            if (ent.equals("ent01")) {
                a = recommend(CHANGSHA_TOKEN, decide(YUELU_TOKEN, a, DecisionKind.FORWARD, "同意报送。"), "同意推荐。");
                finalise(CHANGSHA_TOKEN);
            } else {
                recommend(LIUYANG_TOKEN, a, "同意推荐。");
                finalise(LIUYANG_TOKEN);
            }
            passed.add(a.getId());
        }
        ReviewServiceStub.down();
        ApplicationsApi province = as(ApplicationsApi.class, Tokens.province());
        for (UUID id : passed) {
            decide(Tokens.province(), province.getApplication(id), DecisionKind.PASS, "初审通过。");
        }
        relay.relayDue();
        assertTrue(ReviewServiceStub.received().size() >= 2, "tried");
        assertEquals(2, waitingForReviewService(), "kept while review-service is down");

        ReviewServiceStub.up(); // a fresh journal: what arrives from now on
        Thread.sleep(300); // past the back-off
        relay.relayDue();
        relay.relayDue();
        var arrived = ReviewServiceStub.received().stream().map(r -> r.getBodyAsString()).toList();
        for (UUID id : passed) {
            assertEquals(1, arrived.stream().filter(body -> body.contains(id.toString())).count(), id + " arrived once");
        }
        assertEquals(0, waitingForReviewService());
    }

    /**
     * Relays what is due, then waits for the message to be delivered: the scheduled relay may have leased it first
     * and still be sending it.
     */
    private void deliverOutbox() throws InterruptedException {
        relay.relayDue();
        for (int tries = 0; tries < 100 && waitingForReviewService() > 0; tries++) {
            Thread.sleep(100);
        }
    }

    private long waitingForReviewService() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_message where destination = 'review-service' and delivered_at is null")
                .getSingleResult()).longValue());
    }
}
