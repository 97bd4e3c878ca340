package cn.gov.hunan.sanpin.application.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.application.Problems;
import cn.gov.hunan.sanpin.contract.application.client.ApplicationsApi;
import cn.gov.hunan.sanpin.contract.application.client.RecommendationsApi;
import cn.gov.hunan.sanpin.contract.application.client.WorkflowApi;
import cn.gov.hunan.sanpin.contract.application.model.Application;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.AuditEntry;
import cn.gov.hunan.sanpin.contract.application.model.ClaimCheckDraft;
import cn.gov.hunan.sanpin.contract.application.model.ClaimVerdict;
import cn.gov.hunan.sanpin.contract.application.model.DecisionKind;
import cn.gov.hunan.sanpin.contract.application.model.Problem;
import cn.gov.hunan.sanpin.contract.application.model.Recommendation;
import cn.gov.hunan.sanpin.contract.application.model.RecommendationStatus;
import cn.gov.hunan.sanpin.contract.application.model.StateChange;
import cn.gov.hunan.sanpin.testing.Tokens;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The province reads every unit's letter, its stamped scan and its 附件3 table; a unit reads only its own, takes back
 * a recommendation until its letter is stamped, and its letter states the checks it recorded (issue 12).
 */
@ApplicationServiceTest
class RecommendationResourceTests extends ReviewSteps {

    static final String XIANGTAN_TOKEN = Tokens.city("xiangtan", "湘潭市工业和信息化局", "430300");
    static final byte[] STAMPED = EvidenceTests.pdf(3072);

    /** ent01 waits at 长沙 in its draft letter; ent04's letter from 浏阳 (直管县) is stamped and uploaded on 12 November. */
    void oneLetterDraftedOneStamped() throws Exception {
        recommend(CHANGSHA_TOKEN, decide(YUELU_TOKEN, submitted("ent01"), DecisionKind.FORWARD, "同意报送。"), "营养食品品类丰富，同意推荐。");
        recommend(LIUYANG_TOKEN, submitted("ent04"), "烟花品牌国内领先，同意推荐。");
        clock.setToday(LocalDate.of(2025, 11, 12));
        as(RecommendationsApi.class, LIUYANG_TOKEN).submitRecommendationScan(batchId, "浏阳盖章推荐函.pdf", new ByteArrayInputStream(STAMPED));
    }

    @Test
    void provinceListsEveryUnitsLetterAndSeesWhichRecommendationsAwaitTheirScan() throws Exception {
        oneLetterDraftedOneStamped();
        RecommendationsApi province = as(RecommendationsApi.class, Tokens.province());

        List<Recommendation> letters = province.listRecommendations(batchId, null);
        assertEquals(List.of(CHANGSHA, LIUYANG), letters.stream().map(Recommendation::getUnitName).toList(), "by unit");
        Recommendation changsha = letters.get(0);
        assertEquals(RecommendationStatus.DRAFT, changsha.getStatus());
        assertEquals(List.of("湖南湘韵食品有限公司"), changsha.getEntries().stream().map(e -> e.getApplication().getEnterpriseName()).toList());
        assertNull(changsha.getScan(), "no stamped scan yet");
        Recommendation liuyang = letters.get(1);
        assertEquals(RecommendationStatus.FINAL, liuyang.getStatus());
        assertEquals(1, liuyang.getEntries().size());
        assertEquals("浏阳盖章推荐函.pdf", liuyang.getScan().getFileName());
        assertEquals(EvidenceTests.sha256(STAMPED), liuyang.getScan().getSha256());
        assertEquals("liuyang", liuyang.getScan().getUploaded().getBy(), "who uploaded it");
        assertEquals(LIUYANG, liuyang.getScan().getUploaded().getUnit());
        assertEquals(LocalDate.of(2025, 11, 12), liuyang.getScan().getUploaded().getAt().atZoneSameInstant(clock.getZone()).toLocalDate(), "when");

        List<Recommendation> waiting = province.listRecommendations(batchId, RecommendationStatus.DRAFT);
        assertEquals(List.of(changsha.getId()), waiting.stream().map(Recommendation::getId).toList(), "what still waits for its scan");
    }

    @Test
    void provinceDownloadsAnyUnitsLetterItsStampedScanAndItsSummaryTable() throws Exception {
        oneLetterDraftedOneStamped();
        RecommendationsApi province = as(RecommendationsApi.class, Tokens.province());
        List<Recommendation> letters = province.listRecommendations(batchId, null);
        UUID changsha = letters.get(0).getId();
        UUID liuyang = letters.get(1).getId();

        try (InputStream pdf = province.downloadRecommendationLetterOf(batchId, liuyang); var document = Loader.loadPDF(pdf.readAllBytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains(LIUYANG) && text.contains("浏阳花火烟花制造有限公司") && text.contains("烟花品牌国内领先"), text);
            assertTrue(text.contains("2025年11月12日"), "dated the day its scan was uploaded");
        }
        try (InputStream scan = province.downloadRecommendationScan(batchId, liuyang)) {
            assertArrayEquals(STAMPED, scan.readAllBytes(), "the stamped scan as uploaded");
        }
        try (InputStream xlsx = province.downloadRecommendationSummaryOf(batchId, changsha); var workbook = new XSSFWorkbook(xlsx)) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("推荐单位（盖章）：" + CHANGSHA, sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("湖南湘韵食品有限公司", sheet.getRow(4).getCell(1).getStringCellValue());
        }
        Problem noScan = Problems.expect(409, () -> province.downloadRecommendationScan(batchId, changsha));
        assertEquals("尚未上传盖章推荐函", noScan.getTitle());
    }

    @Test
    void aUnitReadsOnlyItsOwnLetters() throws Exception {
        oneLetterDraftedOneStamped();
        List<Recommendation> letters = as(RecommendationsApi.class, Tokens.province()).listRecommendations(batchId, null);
        UUID changsha = letters.get(0).getId();
        UUID liuyang = letters.get(1).getId();

        RecommendationsApi changshaApi = as(RecommendationsApi.class, CHANGSHA_TOKEN);
        assertEquals(List.of(changsha), changshaApi.listRecommendations(batchId, null).stream().map(Recommendation::getId).toList());
        try (InputStream own = changshaApi.downloadRecommendationLetterOf(batchId, changsha)) {
            assertTrue(own.readAllBytes().length > 0);
        }
        Problems.expect(404, () -> changshaApi.downloadRecommendationScan(batchId, liuyang));
        RecommendationsApi xiangtan = as(RecommendationsApi.class, XIANGTAN_TOKEN);
        assertEquals(List.of(), xiangtan.listRecommendations(batchId, null));
        Problem outsider = Problems.expect(404, () -> xiangtan.downloadRecommendationLetterOf(batchId, changsha));
        assertEquals("推荐函不存在", outsider.getTitle());
        Problems.expect(404, () -> xiangtan.downloadRecommendationSummaryOf(batchId, changsha));
        Problems.expect(403, () -> as(RecommendationsApi.class, YUELU_TOKEN).listRecommendations(batchId, null));
        Problems.expect(403, () -> as(RecommendationsApi.class, ent("ent01")).downloadRecommendationLetterOf(batchId, changsha));
    }

    @Test
    void aUnitTakesBackARecommendationBeforeItsLetterIsStampedWhichFreesItsCap() throws Exception {
        Application first = decide(YUELU_TOKEN, submitted("ent01"), DecisionKind.FORWARD, "同意报送。");
        Application second = decide(YUELU_TOKEN, submitted("ent03"), DecisionKind.FORWARD, "同意报送。");
        recommend(CHANGSHA_TOKEN, first, "同意推荐。");
        Problems.expect(409, () -> recommend(CHANGSHA_TOKEN, second, "同意推荐。")); // 长沙 may recommend one

        RecommendationsApi changsha = as(RecommendationsApi.class, CHANGSHA_TOKEN);
        Recommendation list = changsha.takeBackRecommendation(batchId, first.getId(), new StateChange().reason("企业研发投入数据待复核，暂缓推荐"));
        assertEquals(List.of(), list.getEntries());

        ApplicationsApi applications = as(ApplicationsApi.class, CHANGSHA_TOKEN);
        Application back = applications.getApplication(first.getId());
        assertEquals(ApplicationStatus.CITY_REVIEW, back.getStatus());
        assertNotNull(back.getTurn(), "the city's to decide again");
        assertTrue(back.getTurn().getDecisions().contains(DecisionKind.NOT_RECOMMEND));
        AuditEntry taken = applications.getApplicationHistory(first.getId()).stream()
                .filter(e -> e.getAction().equals("RECOMMENDATION_TAKEN_BACK")).findFirst().orElseThrow();
        assertEquals("企业研发投入数据待复核，暂缓推荐", taken.getReason());
        assertEquals(CHANGSHA, taken.getUnit());

        recommend(CHANGSHA_TOKEN, applications.getApplication(second.getId()), "同意推荐。");
        assertEquals(List.of(second.getId()), changsha.getRecommendation(batchId).getEntries().stream()
                .map(e -> e.getApplication().getId()).toList(), "the freed place taken by another");
    }

    @Test
    void takingBackIsRefusedOnceTheStampedLetterIsUploaded() throws Exception {
        oneLetterDraftedOneStamped();
        UUID ent04 = as(RecommendationsApi.class, LIUYANG_TOKEN).getRecommendation(batchId).getEntries().getFirst().getApplication().getId();

        Problem refused = Problems.expect(409, () -> as(RecommendationsApi.class, LIUYANG_TOKEN)
                .takeBackRecommendation(batchId, ent04, new StateChange().reason("误报")));
        assertEquals("推荐已生效，不能撤回", refused.getTitle());
        assertEquals(ApplicationStatus.RECOMMENDED, as(ApplicationsApi.class, Tokens.province()).getApplication(ent04).getStatus());
        assertEquals(1, as(RecommendationsApi.class, LIUYANG_TOKEN).getRecommendation(batchId).getEntries().size());
    }

    @Test
    void takingBackNeedsAReasonAndTheUnitThatRecommended() throws Exception {
        Application a = recommend(CHANGSHA_TOKEN, decide(YUELU_TOKEN, submitted("ent01"), DecisionKind.FORWARD, "同意报送。"), "同意推荐。");

        Problem blank = Problems.expect(422, () -> as(RecommendationsApi.class, CHANGSHA_TOKEN)
                .takeBackRecommendation(batchId, a.getId(), new StateChange().reason("  ")));
        assertEquals("reason", blank.getErrors().getFirst().getField());
        Problems.expect(404, () -> as(RecommendationsApi.class, XIANGTAN_TOKEN)
                .takeBackRecommendation(batchId, a.getId(), new StateChange().reason("越权撤回")));
        Problems.expect(403, () -> as(RecommendationsApi.class, YUELU_TOKEN)
                .takeBackRecommendation(batchId, a.getId(), new StateChange().reason("县级撤回")));
        Problems.expect(403, () -> as(RecommendationsApi.class, ent("ent01"))
                .takeBackRecommendation(batchId, a.getId(), new StateChange().reason("企业撤回")));
        assertEquals(1, as(RecommendationsApi.class, CHANGSHA_TOKEN).getRecommendation(batchId).getEntries().size(), "nothing changed");
    }

    @Test
    void theLetterStatesTheChecksTheUnitRecorded() throws Exception {
        Application a = decide(YUELU_TOKEN, submitted("ent01"), DecisionKind.FORWARD, "同意报送。");
        List<ClaimCheckDraft> checks = new ArrayList<>();
        for (String item : List.of("BC1", "BC2", "BC3", "BC4", "BC5", "BC6", "BC7", "SW01", "SW02", "SW05", "SW07", "SW09")) {
            checks.add(new ClaimCheckDraft().item(item).verdict(ClaimVerdict.ACCEPTED));
        }
        checks.add(new ClaimCheckDraft().item("SW03").verdict(ClaimVerdict.QUERIED).comment("请补充检测报告"));
        as(WorkflowApi.class, CHANGSHA_TOKEN).saveClaimChecks(a.getId(), checks);
        decide(CHANGSHA_TOKEN, as(ApplicationsApi.class, CHANGSHA_TOKEN).getApplication(a.getId()), DecisionKind.RECOMMEND, "同意推荐。");

        try (InputStream pdf = as(RecommendationsApi.class, CHANGSHA_TOKEN).downloadRecommendationLetter(batchId);
             var document = Loader.loadPDF(pdf.readAllBytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("审查情况：基本条件7项中已核实属实7项；专项工作6项中已核实属实5项；存疑待核：SW03（请补充检测报告）。"), text);
            assertFalse(text.contains("进行了真实性、完整性审查"), "no claim beyond what was recorded");
        }
    }
}
