package cn.gov.hunan.sanpin.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.application.Problems;
import cn.gov.hunan.sanpin.contract.application.client.BatchesApi;
import cn.gov.hunan.sanpin.contract.application.model.AuditEntry;
import cn.gov.hunan.sanpin.contract.application.model.Batch;
import cn.gov.hunan.sanpin.contract.application.model.BatchDraft;
import cn.gov.hunan.sanpin.contract.application.model.BatchPhase;
import cn.gov.hunan.sanpin.contract.application.model.BatchStatus;
import cn.gov.hunan.sanpin.contract.application.model.BatchUpdate;
import cn.gov.hunan.sanpin.contract.application.model.DeadlineChange;
import cn.gov.hunan.sanpin.contract.application.model.DeadlineExtension;
import cn.gov.hunan.sanpin.contract.application.model.DeadlineExtensionDraft;
import cn.gov.hunan.sanpin.contract.application.model.PhaseSchedule;
import cn.gov.hunan.sanpin.contract.application.model.Problem;
import cn.gov.hunan.sanpin.contract.application.model.RecommendationCap;
import cn.gov.hunan.sanpin.contract.application.model.RecommendingUnitKind;
import cn.gov.hunan.sanpin.contract.application.model.StateChange;
import cn.gov.hunan.sanpin.testing.Clients;
import cn.gov.hunan.sanpin.testing.SettableClock;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ApplicationServiceTest
class BatchResourceTests {

    /** The edition seeded from shared/seed: HNPR-2021-05004, valid 2021-06-02 to 2026-06-01. */
    static final UUID EDITION_2021 = UUID.fromString("5b1f0e2a-2021-4c6e-9d3a-000000000001");

    @TestHTTPResource("/")
    URI base;

    @Inject
    SettableClock clock;

    BatchesApi province;

    @BeforeEach
    void pinToSummer2025() {
        clock.setToday(LocalDate.of(2025, 8, 1));
        province = Clients.of(BatchesApi.class, base, Tokens.province());
    }

    @AfterEach
    void removeBatches() {
        clock.reset();
        QuarkusTransaction.requiringNew().run(() -> cn.gov.hunan.sanpin.application.batch.Batch.deleteAll());
    }

    /** The 2025 call as the department issued it: 40 enterprises, capped per recommending unit. */
    static BatchDraft call2025() {
        return new BatchDraft().year(2025).title("2025年湖南省消费品工业“三品”标杆企业申报").editionId(EDITION_2021).quota(40)
                .schedule(new PhaseSchedule()
                        .applicationOpensOn(LocalDate.of(2025, 9, 1)).applicationClosesOn(LocalDate.of(2025, 10, 31))
                        .recommendationDueOn(LocalDate.of(2025, 11, 14)).preliminaryReviewDueOn(LocalDate.of(2025, 11, 28))
                        .expertReviewDueOn(LocalDate.of(2025, 12, 12)).publicityWorkingDays(5))
                .recommendationCaps(new ArrayList<>(List.of(
                        cap(RecommendingUnitKind.CITY, "430100", 15), cap(RecommendingUnitKind.CITY, null, 10),
                        cap(RecommendingUnitKind.PROVINCIALLY_ADMINISTERED_COUNTY, "430100", 5),
                        cap(RecommendingUnitKind.PROVINCIALLY_ADMINISTERED_COUNTY, null, 3))))
                .reservePoolPriority(true).summaryTableRequired(true).rubricCode("DEFAULT-2021")
                .requiredAttachments(new ArrayList<>(List.of("营业执照", "近三年财务审计报告")));
    }

    static RecommendationCap cap(RecommendingUnitKind kind, String city, int max) {
        return new RecommendationCap().unitKind(kind).cityCode(city).maxRecommendations(max);
    }

    @Test
    void provinceOfficerCreatesAndOpensABatchThroughTheGeneratedClient() throws Exception {
        Batch created = province.createBatch(call2025());
        assertEquals(BatchStatus.DRAFT, created.getStatus());
        assertEquals(4, created.getRecommendationCaps().size());
        assertEquals("province", created.getCreated().getBy());
        assertEquals("湖南省工业和信息化厅消费品工业处", created.getCreated().getUnit());
        // 1 Sep – 31 Oct 2025: 45 weekdays, less the 6 National Day/Mid-Autumn weekdays off, plus 2 make-up days
        assertEquals(41, created.getApplicationWorkingDays());

        Batch opened = province.openBatch(created.getId(), new StateChange().reason("经厅务会审定，发布2025年度申报通知"));
        assertEquals(BatchStatus.OPEN, opened.getStatus());
        assertNotNull(opened.getOpened());

        List<AuditEntry> history = province.getBatchHistory(created.getId());
        assertEquals(List.of("BATCH_CREATED", "BATCH_OPENED"), history.stream().map(AuditEntry::getAction).toList());
        assertEquals("经厅务会审定，发布2025年度申报通知", history.get(1).getReason());
        assertEquals("湖南省工业和信息化厅消费品工业处", history.get(1).getUnit());
    }

    @Test
    void thePublicSeesOnlyOpenCallsWithoutInternalFields() throws Exception {
        Batch draft = province.createBatch(call2025());
        // from an address of its own: other tests spend 127.0.0.1's public allowance
        var visitor = RestAssured.given().header("X-Forwarded-For", "198.51.100.7");
        visitor.get("/api/v1/public/batches").then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));

        province.openBatch(draft.getId(), new StateChange().reason("发布申报通知"));
        visitor.get("/api/v1/public/batches").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(1))
                .body("[0].schedule.applicationClosesOn", org.hamcrest.Matchers.is("2025-10-31"))
                .body("[0].editionDocumentNumber", org.hamcrest.Matchers.is("HNPR-2021-05004"))
                .body("[0].recommendationCaps", org.hamcrest.Matchers.nullValue())
                .body("[0].created", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void createdBatchAnswers201WithItsLocation() throws Exception {
        String location = RestAssured.given().auth().oauth2(Tokens.province()).contentType(ContentType.JSON).body(call2025())
                .post("/api/v1/batches").then().statusCode(201).extract().header("Location");
        RestAssured.given().auth().oauth2(Tokens.province()).get(location).then().statusCode(200);
    }

    @Test
    void enterpriseIsRefusedCreatingABatch() throws Exception {
        BatchesApi enterprise = Clients.of(BatchesApi.class, base, Tokens.enterprise("ent01", "湖南湘韵食品有限公司", "91430104MA4L1X7K0X"));
        Problem problem = Problems.expect(403, () -> enterprise.createBatch(call2025()));
        assertEquals("无权执行此操作", problem.getTitle());
        assertEquals(0, province.listBatches(0, 20, null, null, null).getPage().getTotalElements());
    }

    @Test
    void cityOfficerIsRefusedOpeningABatch() throws Exception {
        Batch created = province.createBatch(call2025());
        BatchesApi city = Clients.of(BatchesApi.class, base, Tokens.city("changsha", "长沙市工业和信息化局", "430100"));
        Problems.expect(403, () -> city.openBatch(created.getId(), new StateChange().reason("越权")));
        assertEquals(BatchStatus.DRAFT, province.getBatch(created.getId()).getStatus());
    }

    @Test
    void unauthenticatedCallGets401() throws Exception {
        BatchesApi anonymous = Clients.of(BatchesApi.class, base, null);
        Problems.expect(401, () -> anonymous.listBatches(0, 20, null, null, null));
        RestAssured.given().contentType(ContentType.JSON).body(call2025()).post("/api/v1/batches").then().statusCode(401);
    }

    @Test
    void batchUnderAnExpiredEditionIsRefusedInChinese() throws Exception {
        clock.setToday(LocalDate.of(2026, 11, 25));
        BatchDraft call2027 = call2025().year(2027).schedule(new PhaseSchedule()
                .applicationOpensOn(LocalDate.of(2027, 3, 1)).applicationClosesOn(LocalDate.of(2027, 4, 30))
                .recommendationDueOn(LocalDate.of(2027, 5, 14)).preliminaryReviewDueOn(LocalDate.of(2027, 5, 28))
                .expertReviewDueOn(LocalDate.of(2027, 6, 11)).publicityWorkingDays(5));
        Problem problem = Problems.expect(422, () -> province.createBatch(call2027));
        assertEquals("批次参数不符合规则", problem.getTitle());
        assertEquals("https://sanpin.gxt.hunan.gov.cn/problems/batch-invalid", problem.getType().toString());
        assertEquals("办法 HNPR-2021-05004 已于 2026-06-01 失效，不能在失效的办法下发布批次",
                Problems.field(problem, "editionId").orElseThrow().getMessage());
    }

    @Test
    void problemsAreInEnglishWhenAskedFor() throws Exception {
        clock.setToday(LocalDate.of(2026, 11, 25));
        RestAssured.given().auth().oauth2(Tokens.province()).header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5")
                .contentType(ContentType.JSON).body(call2025())
                .post("/api/v1/batches").then().statusCode(422).contentType("application/problem+json")
                .body("title", org.hamcrest.Matchers.equalTo("The batch's parameters break a rule"))
                .body("errors.find { it.field == 'editionId' }.message",
                        org.hamcrest.Matchers.equalTo("Policy HNPR-2021-05004 expired on 2026-06-01; no batch can be issued under an expired policy"));
    }

    @Test
    void openingIsRefusedOnceTheEditionHasExpired() throws Exception {
        Batch created = province.createBatch(call2025());
        clock.setToday(LocalDate.of(2026, 6, 2));
        Problem problem = Problems.expect(422, () -> province.openBatch(created.getId(), new StateChange().reason("补发")));
        assertEquals("edition-expired", Problems.field(problem, "editionId").orElseThrow().getCode());
        assertEquals(BatchStatus.DRAFT, province.getBatch(created.getId()).getStatus());
    }

    @Test
    void overlappingPhasesAreRefusedFieldByField() throws Exception {
        BatchDraft draft = call2025();
        draft.getSchedule().recommendationDueOn(LocalDate.of(2025, 10, 24)).preliminaryReviewDueOn(LocalDate.of(2025, 10, 17));
        Problem problem = Problems.expect(422, () -> province.createBatch(draft));
        assertEquals("phase-out-of-order", Problems.field(problem, "schedule.recommendationDueOn").orElseThrow().getCode());
        assertEquals("phase-out-of-order", Problems.field(problem, "schedule.preliminaryReviewDueOn").orElseThrow().getCode());
    }

    @Test
    void aCapAboveTheQuotaIsRefused() throws Exception {
        BatchDraft draft = call2025();
        draft.getRecommendationCaps().get(0).maxRecommendations(41);
        Problem problem = Problems.expect(422, () -> province.createBatch(draft));
        assertEquals("推荐名额上限 41 不能超过年度培育名额 40",
                Problems.field(problem, "recommendationCaps[0].maxRecommendations").orElseThrow().getMessage());
    }

    @Test
    void aDeadlineOnAHolidayIsRefused() throws Exception {
        BatchDraft draft = call2025();
        draft.getSchedule().applicationClosesOn(LocalDate.of(2025, 10, 3)); // 国庆节
        Problem problem = Problems.expect(422, () -> province.createBatch(draft));
        assertEquals("not-a-working-day", Problems.field(problem, "schedule.applicationClosesOn").orElseThrow().getCode());
    }

    @Test
    void aSecondBatchForTheSameYearIsAConflict() throws Exception {
        province.createBatch(call2025());
        BatchDraft again = call2025();
        again.getSchedule().applicationOpensOn(LocalDate.of(2025, 11, 3)).applicationClosesOn(LocalDate.of(2025, 11, 7));
        again.getSchedule().recommendationDueOn(LocalDate.of(2025, 11, 14)).preliminaryReviewDueOn(LocalDate.of(2025, 11, 28));
        Problems.expect(409, () -> province.createBatch(again));
    }

    @Test
    void windowsOverlappingAnotherBatchAreRefused() throws Exception {
        BatchDraft lateCall = call2025();
        lateCall.getSchedule().applicationOpensOn(LocalDate.of(2025, 11, 3)).applicationClosesOn(LocalDate.of(2026, 1, 9))
                .recommendationDueOn(LocalDate.of(2026, 1, 16)).preliminaryReviewDueOn(LocalDate.of(2026, 1, 23))
                .expertReviewDueOn(LocalDate.of(2026, 2, 6));
        province.createBatch(lateCall);
        BatchDraft earlyNext = call2025().year(2026).title("2026年湖南省消费品工业“三品”标杆企业申报");
        earlyNext.getSchedule().applicationOpensOn(LocalDate.of(2026, 1, 5)).applicationClosesOn(LocalDate.of(2026, 3, 31))
                .recommendationDueOn(LocalDate.of(2026, 4, 15)).preliminaryReviewDueOn(LocalDate.of(2026, 4, 30))
                .expertReviewDueOn(LocalDate.of(2026, 5, 15));
        Problem problem = Problems.expect(422, () -> province.createBatch(earlyNext));
        assertEquals("申报期与其他批次的申报期重叠", Problems.field(problem, "schedule.applicationOpensOn").orElseThrow().getMessage());
    }

    @Test
    void aStaleVersionIsRefusedAsAConcurrentChange() throws Exception {
        Batch created = province.createBatch(call2025());
        BatchUpdate first = update(created).quota(35);
        province.updateBatch(created.getId(), first);
        Problem problem = Problems.expect(409, () -> province.updateBatch(created.getId(), update(created).quota(30)));
        assertEquals("数据已被他人修改", problem.getTitle());
        assertEquals(35, province.getBatch(created.getId()).getQuota());
    }

    @Test
    void aMissingFieldIsNamed() throws Exception {
        String body = "{\"year\":2025,\"title\":\"缺少名额\",\"editionId\":\"" + EDITION_2021 + "\",\"schedule\":{}}";
        RestAssured.given().auth().oauth2(Tokens.province()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/batches").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("quota", "schedule.applicationOpensOn"));
    }

    /** Hibernate Validator's own words were "不能为null" and "个数必须在0和200之间" for a text. */
    @Test
    void validationMessagesAreWordedForPeople() throws Exception {
        String draft = "{\"year\": 2020, \"title\": \"" + "长".repeat(201) + "\", \"editionId\": \"" + EDITION_2021 + "\", \"schedule\": {}}";
        RestAssured.given().auth().oauth2(Tokens.province()).contentType(ContentType.JSON).body(draft)
                .post("/api/v1/batches").then().statusCode(422).contentType("application/problem+json")
                .body("errors.find { it.field == 'quota' }.message", org.hamcrest.Matchers.equalTo("此项为必填项"))
                .body("errors.find { it.field == 'year' }.message", org.hamcrest.Matchers.equalTo("不能小于 2021"))
                .body("errors.find { it.field == 'title' }.message", org.hamcrest.Matchers.equalTo("不能超过 200 个字符"));
        RestAssured.given().auth().oauth2(Tokens.province()).header("Accept-Language", "en").contentType(ContentType.JSON).body(draft)
                .post("/api/v1/batches").then().statusCode(422)
                .body("errors.find { it.field == 'quota' }.message", org.hamcrest.Matchers.equalTo("This field is required"))
                .body("errors.find { it.field == 'year' }.message", org.hamcrest.Matchers.equalTo("Must be at least 2021"))
                .body("errors.find { it.field == 'title' }.message", org.hamcrest.Matchers.equalTo("Must be at most 200 characters"));
    }

    @Test
    void listsPageAndSortAndRefuseUnknownSortKeys() throws Exception {
        province.createBatch(call2025());
        var page = province.listBatches(0, 1, "year,desc", BatchStatus.DRAFT, null);
        assertEquals(1, page.getItems().size());
        assertEquals(1, page.getPage().getTotalPages());
        Problem problem = Problems.expect(422, () -> province.listBatches(0, 20, "createdBy,asc", null, null));
        assertTrue(Problems.field(problem, "sort").orElseThrow().getMessage().contains("createdBy"));
    }

    /** The 2025 call, published by the province. */
    Batch opened2025() throws Exception {
        Batch created = province.createBatch(call2025());
        return province.openBatch(created.getId(), new StateChange().reason("发布申报通知"));
    }

    static DeadlineChange deadline(BatchPhase phase, LocalDate dueOn) {
        return new DeadlineChange().phase(phase).dueOn(dueOn);
    }

    static DeadlineExtensionDraft extension(Batch b, String reason, DeadlineChange... deadlines) {
        return new DeadlineExtensionDraft().version(b.getVersion()).reason(reason).deadlines(new ArrayList<>(List.of(deadlines)));
    }

    @Test
    void provinceExtendsAPublishedCallsDeadlinesWithAReasonThatIsAuditedAndShownToThePublic() throws Exception {
        Batch open = opened2025();
        clock.setToday(LocalDate.of(2025, 10, 20));
        Batch extended = province.extendBatchDeadlines(open.getId(), extension(open, "受国庆假期影响，应多地工信局申请延长申报期",
                deadline(BatchPhase.APPLICATION, LocalDate.of(2025, 11, 7)), deadline(BatchPhase.RECOMMENDATION, LocalDate.of(2025, 11, 21))));

        assertEquals(LocalDate.of(2025, 11, 7), extended.getSchedule().getApplicationClosesOn());
        assertEquals(LocalDate.of(2025, 11, 21), extended.getSchedule().getRecommendationDueOn());
        assertEquals(BatchStatus.OPEN, extended.getStatus());
        assertEquals(List.of(BatchPhase.APPLICATION, BatchPhase.RECOMMENDATION),
                extended.getExtensions().stream().map(DeadlineExtension::getPhase).toList());
        DeadlineExtension first = extended.getExtensions().get(0);
        assertEquals(LocalDate.of(2025, 10, 31), first.getPreviousDueOn());
        assertEquals("湖南省工业和信息化厅消费品工业处", first.getUnit());

        AuditEntry audited = province.getBatchHistory(open.getId()).getLast();
        assertEquals("BATCH_DEADLINES_EXTENDED", audited.getAction());
        assertEquals("受国庆假期影响，应多地工信局申请延长申报期", audited.getReason());
        assertEquals("province", audited.getBy());
        assertEquals("湖南省工业和信息化厅消费品工业处", audited.getUnit());

        RestAssured.given().header("X-Forwarded-For", "198.51.100.8").get("/api/v1/public/batches").then().statusCode(200)
                .body("[0].schedule.applicationClosesOn", org.hamcrest.Matchers.is("2025-11-07"))
                .body("[0].extensions[0].phase", org.hamcrest.Matchers.is("APPLICATION"))
                .body("[0].extensions[0].previousDueOn", org.hamcrest.Matchers.is("2025-10-31"))
                .body("[0].extensions[0].dueOn", org.hamcrest.Matchers.is("2025-11-07"))
                .body("[0].extensions[0].reason", org.hamcrest.Matchers.is("受国庆假期影响，应多地工信局申请延长申报期"));
    }

    @Test
    void anExtensionMustMoveLaterOntoAWorkingDayAndKeepThePhasesInOrder() throws Exception {
        Batch open = opened2025();
        clock.setToday(LocalDate.of(2025, 9, 15));
        Problem problem = Problems.expect(422, () -> province.extendBatchDeadlines(open.getId(), extension(open, "调整",
                deadline(BatchPhase.APPLICATION, LocalDate.of(2025, 10, 24)),             // earlier than 31 Oct
                deadline(BatchPhase.RECOMMENDATION, LocalDate.of(2025, 11, 29)),          // a Saturday
                deadline(BatchPhase.PRELIMINARY_REVIEW, LocalDate.of(2025, 12, 19)))));   // after the expert review's 12 Dec
        assertEquals("截止日期只能延后：新的截止日期须晚于原定的 2025-10-31",
                Problems.field(problem, "deadlines[0].dueOn").orElseThrow().getMessage());
        assertEquals("not-a-working-day", Problems.field(problem, "deadlines[1].dueOn").orElseThrow().getCode());
        assertEquals("须早于下一阶段的截止日期 2025-12-12，如有需要请一并延长下一阶段",
                Problems.field(problem, "deadlines[2].dueOn").orElseThrow().getMessage());
        assertEquals(call2025().getSchedule(), province.getBatch(open.getId()).getSchedule(), "nothing moved");
        assertEquals(List.of(), province.getBatch(open.getId()).getExtensions());
    }

    @Test
    void aDeadlineThatHasPassedCannotBeExtended() throws Exception {
        Batch open = opened2025();
        clock.setToday(LocalDate.of(2025, 11, 3));
        Problem problem = Problems.expect(422, () -> province.extendBatchDeadlines(open.getId(), extension(open, "补充申报",
                deadline(BatchPhase.APPLICATION, LocalDate.of(2025, 11, 7)))));
        assertEquals("原定截止日期 2025-10-31 已过，不能再延长",
                Problems.field(problem, "deadlines[0].phase").orElseThrow().getMessage());
        assertEquals(LocalDate.of(2025, 10, 31), province.getBatch(open.getId()).getSchedule().getApplicationClosesOn());
    }

    @Test
    void anExtensionNeedsAReasonAndAPublishedCall() throws Exception {
        Batch draft = province.createBatch(call2025());
        Problem notPublished = Problems.expect(409, () -> province.extendBatchDeadlines(draft.getId(), extension(draft, "延期",
                deadline(BatchPhase.APPLICATION, LocalDate.of(2025, 11, 7)))));
        assertEquals("https://sanpin.gxt.hunan.gov.cn/problems/batch-not-open", notPublished.getType().toString());

        Batch open = province.openBatch(draft.getId(), new StateChange().reason("发布申报通知"));
        Problem noReason = Problems.expect(422, () -> province.extendBatchDeadlines(open.getId(), extension(open, "   ",
                deadline(BatchPhase.APPLICATION, LocalDate.of(2025, 11, 7)))));
        assertEquals("reason-required", Problems.field(noReason, "reason").orElseThrow().getCode());
        assertEquals(LocalDate.of(2025, 10, 31), province.getBatch(open.getId()).getSchedule().getApplicationClosesOn());
    }

    @Test
    void aCityOfficerIsRefusedExtendingOrClosingACall() throws Exception {
        Batch open = opened2025();
        BatchesApi city = Clients.of(BatchesApi.class, base, Tokens.city("changsha", "长沙市工业和信息化局", "430100"));
        Problems.expect(403, () -> city.extendBatchDeadlines(open.getId(), extension(open, "越权",
                deadline(BatchPhase.APPLICATION, LocalDate.of(2025, 11, 7)))));
        Problems.expect(403, () -> city.closeBatch(open.getId(), new StateChange().reason("越权")));
        Batch unchanged = province.getBatch(open.getId());
        assertEquals(BatchStatus.OPEN, unchanged.getStatus());
        assertEquals(LocalDate.of(2025, 10, 31), unchanged.getSchedule().getApplicationClosesOn());
    }

    @Test
    void closingAnOpenCallRecordsWhyAndTakesItOffThePublicPage() throws Exception {
        Batch open = opened2025();
        clock.setToday(LocalDate.of(2025, 10, 15));
        Batch closed = province.closeBatch(open.getId(), new StateChange().reason("经厅务会研究，本年度申报提前结束"));
        assertEquals(BatchStatus.CLOSED, closed.getStatus());
        assertEquals("经厅务会研究，本年度申报提前结束", closed.getCloseReason());
        assertEquals("湖南省工业和信息化厅消费品工业处", closed.getClosed().getUnit());
        AuditEntry audited = province.getBatchHistory(open.getId()).getLast();
        assertEquals("BATCH_CLOSED", audited.getAction());
        assertEquals("经厅务会研究，本年度申报提前结束", audited.getReason());

        Problem again = Problems.expect(409, () -> province.closeBatch(open.getId(), new StateChange().reason("再次关闭")));
        assertEquals("批次未处于已发布状态", again.getTitle());
        RestAssured.given().header("X-Forwarded-For", "198.51.100.9").get("/api/v1/public/batches").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void aDraftCannotBeClosed() throws Exception {
        Batch draft = province.createBatch(call2025());
        Problems.expect(409, () -> province.closeBatch(draft.getId(), new StateChange().reason("不再发布")));
        assertEquals(BatchStatus.DRAFT, province.getBatch(draft.getId()).getStatus());
    }

    @Test
    void aClosedCallKeepsItsApplicationDeadlineButItsReviewDeadlinesMayStillBeExtended() throws Exception {
        Batch open = opened2025();
        clock.setToday(LocalDate.of(2025, 10, 15));
        Batch closed = province.closeBatch(open.getId(), new StateChange().reason("提前结束申报"));
        Problem problem = Problems.expect(422, () -> province.extendBatchDeadlines(open.getId(), extension(closed, "延期",
                deadline(BatchPhase.APPLICATION, LocalDate.of(2025, 11, 7)))));
        assertEquals("intake-closed", Problems.field(problem, "deadlines[0].phase").orElseThrow().getCode());
        Batch extended = province.extendBatchDeadlines(open.getId(), extension(closed, "初审工作量大，延长初审期限",
                deadline(BatchPhase.PRELIMINARY_REVIEW, LocalDate.of(2025, 12, 5))));
        assertEquals(LocalDate.of(2025, 12, 5), extended.getSchedule().getPreliminaryReviewDueOn());
    }

    static BatchUpdate update(Batch b) {
        return new BatchUpdate().version(b.getVersion()).year(b.getYear()).title(b.getTitle()).editionId(b.getEditionId())
                .quota(b.getQuota()).schedule(b.getSchedule()).recommendationCaps(b.getRecommendationCaps())
                .reservePoolPriority(b.getReservePoolPriority()).summaryTableRequired(b.getSummaryTableRequired())
                .rubricCode(b.getRubricCode()).requiredAttachments(b.getRequiredAttachments());
    }
}
