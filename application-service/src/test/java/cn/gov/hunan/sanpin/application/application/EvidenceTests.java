package cn.gov.hunan.sanpin.application.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.application.Problems;
import cn.gov.hunan.sanpin.contract.application.client.ApplicationsApi;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContent;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContentUpdate;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStart;
import cn.gov.hunan.sanpin.contract.application.model.BasicCondition;
import cn.gov.hunan.sanpin.contract.application.model.EligibilityOutcome;
import cn.gov.hunan.sanpin.contract.application.model.Problem;
import cn.gov.hunan.sanpin.contract.application.model.SpecialWorkClaim;
import cn.gov.hunan.sanpin.contract.application.model.SpecialWorkCode;
import cn.gov.hunan.sanpin.testing.Clients;
import cn.gov.hunan.sanpin.testing.PlatformStub;
import cn.gov.hunan.sanpin.testing.SettableClock;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ApplicationServiceTest
class EvidenceTests {

    @TestHTTPResource("/")
    URI base;

    /** The management interface's root (/q/): metrics are there, not beside the API. */
    @TestHTTPResource(value = "/", management = true)
    URI management;

    @Inject
    SettableClock clock;

    @Inject
    EntityManager em;

    ApplicationsApi ent01;
    cn.gov.hunan.sanpin.contract.application.model.Application application;

    @BeforeEach
    void anOpenApplication() throws Exception {
        UUID batchId = OpenCall.open2025(base, clock);
        PlatformStub.serves(PlatformStub.demoEnterprise("ent01"));
        ent01 = Clients.of(ApplicationsApi.class, base, Tokens.enterprise("ent01", "湖南湘韵食品有限公司", "91430104MA4L1X7K0X"));
        application = ent01.createApplication(new ApplicationStart().batchId(batchId));
    }

    @AfterEach
    void cleanUp() {
        OpenCall.removeEverything(em, clock);
    }

    static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    long storedChunks() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from blob_chunk").getSingleResult()).longValue());
    }

    @Test
    void aFileSpanningSeveralChunksComesBackExactlyWithItsHash() throws Exception {
        byte[] file = pdf(2_500_000);
        var stored = ent01.uploadEvidence(application.getId(), "2024年度审计报告.pdf", new ByteArrayInputStream(file), "BC1");
        assertEquals(sha256(file), stored.getSha256());
        assertEquals(file.length, stored.getSize());
        assertEquals("application/pdf", stored.getMediaType());
        assertEquals(10, storedChunks(), "256 KiB chunks");
        try (InputStream back = ent01.downloadEvidence(application.getId(), stored.getId())) {
            assertArrayEquals(file, back.readAllBytes());
        }
        RestAssured.given().auth().oauth2(Tokens.enterprise("ent01", "湖南湘韵食品有限公司", "91430104MA4L1X7K0X"))
                .get("/api/v1/applications/{a}/evidence/{e}/content", application.getId(), stored.getId())
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''2024"));
    }

    @Test
    void aRenamedExecutableIsRefusedAndNothingIsStored() throws Exception {
        byte[] program = Arrays.copyOf("MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), 4096);
        Problem problem = Problems.expect(415, () -> ent01.uploadEvidence(application.getId(), "发明专利证书.pdf", new ByteArrayInputStream(program), "BC3"));
        assertEquals("文件是可执行程序", problem.getTitle());
        assertEquals(0, storedChunks());
        assertEquals(0, ent01.listEvidence(application.getId()).size());
    }

    @Test
    void contentMustMatchTheNameAndTheTypeMustBeAccepted() throws Exception {
        byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 1024);
        Problems.expect(415, () -> ent01.uploadEvidence(application.getId(), "证书.pdf", new ByteArrayInputStream(png), null));
        ent01.uploadEvidence(application.getId(), "证书.png", new ByteArrayInputStream(png), null);
        Problem problem = Problems.expect(415, () -> ent01.uploadEvidence(application.getId(), "setup.exe", new ByteArrayInputStream(png), null));
        assertEquals("fileName", problem.getErrors().getFirst().getField());
    }

    /** A zip is not an office document: a .docx must be an OOXML package with a Word document in it. */
    @Test
    void aZipRenamedAsAnOfficeDocumentIsRefusedAndARealOneAccepted() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("说明.txt"));
            out.write("这不是 Word 文档".getBytes(StandardCharsets.UTF_8));
        }
        Problem problem = Problems.expect(415, () -> ent01.uploadEvidence(application.getId(), "营业执照.docx",
                new ByteArrayInputStream(zip.toByteArray()), "BC1"));
        assertEquals("“营业执照.docx”的内容不是 DOCX 文件，请上传原始文件", problem.getErrors().getFirst().getMessage());
        byte[] workbook = workbook();
        Problems.expect(415, () -> ent01.uploadEvidence(application.getId(), "营业执照.docx", new ByteArrayInputStream(workbook), "BC1"));
        assertEquals(0, storedChunks(), "nothing of a refused file is kept");

        ByteArrayOutputStream document = new ByteArrayOutputStream();
        try (XWPFDocument word = new XWPFDocument()) {
            word.createParagraph().createRun().setText("营业执照（副本）");
            word.write(document);
        }
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ent01.uploadEvidence(application.getId(),
                "营业执照.docx", new ByteArrayInputStream(document.toByteArray()), "BC1").getMediaType());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ent01.uploadEvidence(application.getId(),
                "研发投入.xlsx", new ByteArrayInputStream(workbook), "BC2").getMediaType());
    }

    static byte[] workbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("研发投入").createRow(0).createCell(0).setCellValue(1234.5);
            workbook.write(bytes);
        }
        return bytes.toByteArray();
    }

    @Test
    void anOversizeFileIsRefusedWhileStreamingAndNothingIsStored() throws Exception {
        Problem problem = Problems.expect(413, () -> ent01.uploadEvidence(application.getId(), "很大的文件.pdf", new ByteArrayInputStream(pdf(4_000_000)), null));
        assertEquals("单个文件不能超过 3 MB", problem.getErrors().getFirst().getMessage());
        assertEquals(0, storedChunks());
    }

    @Test
    void specialWorksCountOnlyWithStoredEvidenceAgainstTheEditionsMinimum() throws Exception {
        List<SpecialWorkClaim> claims = new ArrayList<>();
        for (SpecialWorkCode code : List.of(SpecialWorkCode.SW01, SpecialWorkCode.SW02, SpecialWorkCode.SW03, SpecialWorkCode.SW05,
                SpecialWorkCode.SW07, SpecialWorkCode.SW09)) {
            var evidence = ent01.uploadEvidence(application.getId(), code + ".pdf", new ByteArrayInputStream(pdf(2048)), code.toString());
            claims.add(new SpecialWorkClaim().code(code).description("开展了" + code).evidenceIds(List.of(evidence.getId())));
        }
        claims.add(new SpecialWorkClaim().code(SpecialWorkCode.SW12).description("无佐证").evidenceIds(List.of()));
        var five = ent01.saveApplicationContent(application.getId(), new ApplicationContentUpdate().version(application.getVersion())
                .content(new ApplicationContent().specialWorks(claims.subList(1, 7))));
        assertEquals(EligibilityOutcome.FAIL, ApplicationResourceTests.check(five, BasicCondition.BC6).getOutcome(),
                "five evidenced works and one without a file");
        var six = ent01.saveApplicationContent(application.getId(), new ApplicationContentUpdate().version(five.getVersion())
                .content(new ApplicationContent().specialWorks(claims)));
        assertEquals(EligibilityOutcome.PASS, ApplicationResourceTests.check(six, BasicCondition.BC6).getOutcome());
    }

    @Test
    void theFormCitesOnlyEvidenceOfItsOwnApplication() throws Exception {
        PlatformStub.serves(PlatformStub.demoEnterprise("ent03"));
        ApplicationsApi ent03 = Clients.of(ApplicationsApi.class, base, Tokens.enterprise("ent03", "测试企业",
                PlatformStub.demoEnterprise("ent03").get("creditCode").asText()));
        var other = ent03.createApplication(new ApplicationStart().batchId(application.getBatchId()));
        var theirs = ent03.uploadEvidence(other.getId(), "他人的检测报告.pdf", new ByteArrayInputStream(pdf(2048)), "SW01");
        var mine = ent01.uploadEvidence(application.getId(), "检测报告.pdf", new ByteArrayInputStream(pdf(2048)), "SW01");

        Problem problem = Problems.expect(422, () -> ent01.saveApplicationContent(application.getId(), new ApplicationContentUpdate()
                .version(application.getVersion()).content(new ApplicationContent().specialWorks(List.of(new SpecialWorkClaim()
                        .code(SpecialWorkCode.SW01).description("借用他人佐证").evidenceIds(List.of(mine.getId(), theirs.getId())))))));
        assertEquals(List.of("specialWorks[0].evidenceIds[1]"), problem.getErrors().stream().map(e -> e.getField()).toList());
        var saved = ent01.getApplication(application.getId()).getContent().getSpecialWorks();
        assertTrue(saved == null || saved.isEmpty(), "nothing was saved");
    }

    @Test
    void anotherEnterpriseCannotListOrDownloadTheEvidence() throws Exception {
        var stored = ent01.uploadEvidence(application.getId(), "报告.pdf", new ByteArrayInputStream(pdf(1024)), null);
        ApplicationsApi ent02 = Clients.of(ApplicationsApi.class, base, Tokens.enterprise("ent02", "长沙麓谷健康科技有限公司", "91430104MA4LC2N80R"));
        Problems.expect(404, () -> ent02.listEvidence(application.getId()));
        Problems.expect(404, () -> ent02.downloadEvidence(application.getId(), stored.getId()));
        Problems.expect(404, () -> ent02.uploadEvidence(application.getId(), "冒名.pdf", new ByteArrayInputStream(pdf(1024)), null));
    }

    /** Streamed, never held whole: its first chunks are in the store while most of the body has not been sent yet. */
    @Test
    void anUploadIsStoredWhileItsBodyIsStillArriving() throws Exception {
        byte[] file = pdf(2_500_000);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(uploadHead("边传边存.pdf", file.length).getBytes(StandardCharsets.UTF_8));
            out.write(file, 0, 800_000);
            out.flush();
            awaitStoredChunks(2); // with 1.7 MB still unsent
            out.write(file, 800_000, file.length - 800_000);
            out.flush();
            String created = readResponse(socket.getInputStream());
            assertEquals(201, status(created), created);
            assertTrue(created.contains(sha256(file)), created);
        }
    }

    @Test
    void anUploadArrivingInSmallPiecesIsStoredWholeAndTheConnectionServesTheNextRequest() throws Exception {
        byte[] file = pdf(700_000);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(uploadHead("慢速上传.pdf", file.length).getBytes(StandardCharsets.UTF_8));
            for (int at = 0; at < file.length; at += 1000) {
                out.write(file, at, Math.min(1000, file.length - at));
                out.flush();
                if (at % 100_000 == 0) {
                    Thread.sleep(20); // a slow network: the body arrives over many reads
                }
            }
            String created = readResponse(socket.getInputStream());
            assertEquals(201, status(created), created);
            assertTrue(created.contains(sha256(file)), created);

            out.write(listRequest().getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals(200, status(readResponse(socket.getInputStream())), "the same connection answers the next request");
        }
    }

    @Test
    void aRefusedUploadIsAnsweredBeforeItsBodyEndsAndTheConnectionServesTheNextRequest() throws Exception {
        byte[] program = Arrays.copyOf("MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), 1_000_000);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(uploadHead("说明.pdf", program.length).getBytes(StandardCharsets.UTF_8));
            out.write(program);
            out.flush();
            assertEquals(415, status(readResponse(socket.getInputStream())));
            out.write(listRequest().getBytes(StandardCharsets.UTF_8));
            out.flush();
            String listed = readResponse(socket.getInputStream());
            assertEquals(200, status(listed), "the rest of the refused body was let through, not read as a request");
            assertEquals("[]", listed.substring(listed.indexOf("\r\n\r\n") + 4));
        }
        assertEquals(0, storedChunks());
    }

    /** The test profile has one upload slot (sanpin.uploads.concurrent=1). */
    @Test
    void whileTheUploadSlotIsTakenAnotherUploadWaitsAndOtherRequestsAreServed() throws Exception {
        byte[] first = pdf(700_000);
        byte[] second = pdf(2_000);
        try (Socket holding = new Socket(base.getHost(), base.getPort()); Socket waiting = new Socket(base.getHost(), base.getPort())) {
            holding.setSoTimeout(10_000);
            OutputStream holder = holding.getOutputStream();
            holder.write(uploadHead("先到.pdf", first.length).getBytes(StandardCharsets.UTF_8));
            holder.write(first, 0, 300_000);
            holder.flush();
            awaitStoredChunks(1); // the first upload holds the slot

            waiting.getOutputStream().write(uploadHead("后到.pdf", second.length).getBytes(StandardCharsets.UTF_8));
            waiting.getOutputStream().write(second);
            waiting.getOutputStream().flush();
            awaitUploadsWaiting(1);
            RestAssured.given().auth().oauth2(ent01Token()).get(base.resolve("/api/v1/applications/" + application.getId()))
                    .then().statusCode(200);
            try (Socket anonymous = new Socket(base.getHost(), base.getPort())) {
                anonymous.setSoTimeout(10_000);
                anonymous.getOutputStream().write(uploadHead("匿名.pdf", second.length).replaceFirst("Authorization: [^\r]*\r\n", "")
                        .getBytes(StandardCharsets.UTF_8));
                anonymous.getOutputStream().write(second);
                assertEquals(401, status(readResponse(anonymous.getInputStream())), "refused at once, not queued for a slot");
            }
            waiting.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, () -> waiting.getInputStream().read(),
                    "the second upload is not served while the first holds the slot");

            holder.write(first, 300_000, first.length - 300_000);
            holder.flush();
            assertEquals(201, status(readResponse(holding.getInputStream())));
            waiting.setSoTimeout(10_000);
            String served = readResponse(waiting.getInputStream());
            assertEquals(201, status(served), served);
            assertTrue(served.contains(sha256(second)), served);
        }
    }

    @Test
    void uploadsWhoseClientsLeftGiveTheirSlotBack() throws Exception {
        byte[] file = pdf(700_000);
        try (Socket holding = new Socket(base.getHost(), base.getPort())) {
            holding.getOutputStream().write(uploadHead("中断.pdf", file.length).getBytes(StandardCharsets.UTF_8));
            holding.getOutputStream().write(file, 0, 300_000);
            holding.getOutputStream().flush();
            awaitStoredChunks(1);
            try (Socket waiting = new Socket(base.getHost(), base.getPort())) {
                waiting.getOutputStream().write(uploadHead("放弃.pdf", 2_000).getBytes(StandardCharsets.UTF_8));
                waiting.getOutputStream().write(pdf(2_000));
                waiting.getOutputStream().flush();
                awaitUploadsWaiting(1);
            } // leaves while waiting for the slot
            awaitUploadsWaiting(0);
        } // leaves halfway through its upload, holding the slot
        var stored = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ent01.uploadEvidence(application.getId(), "接着传.pdf", new ByteArrayInputStream(file), null));
        assertEquals(sha256(file), stored.getSha256());
    }

    private void awaitStoredChunks(long count) throws InterruptedException {
        await(() -> storedChunks() >= count, count + " chunks stored");
    }

    private void awaitUploadsWaiting(int count) throws InterruptedException {
        await(() -> RestAssured.get(management.resolve("metrics")).asString().contains("sanpin_uploads_waiting " + count + ".0"),
                count + " uploads waiting for a slot (/q/metrics)");
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int tries = 0; !condition.getAsBoolean(); tries++) {
            assertTrue(tries < 200, "not within 10 s: " + what);
            Thread.sleep(50);
        }
    }

    private String uploadHead(String fileName, int length) {
        return "POST /api/v1/applications/" + application.getId() + "/evidence?fileName="
                + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8) + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + "\r\nAuthorization: Bearer " + ent01Token() + "\r\n"
                + "Content-Type: application/octet-stream\r\nContent-Length: " + length + "\r\n\r\n";
    }

    private String listRequest() {
        return "GET /api/v1/applications/" + application.getId() + "/evidence HTTP/1.1\r\nHost: " + base.getHost()
                + "\r\nAuthorization: Bearer " + ent01Token() + "\r\n\r\n";
    }

    private static String ent01Token() {
        return Tokens.enterprise("ent01", "湖南湘韵食品有限公司", "91430104MA4L1X7K0X");
    }

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");

    /** One HTTP/1.1 response with a Content-Length: its head and body, as text. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed after: " + head);
            }
            head.write(b);
        }
        String headText = head.toString(StandardCharsets.UTF_8);
        Matcher length = CONTENT_LENGTH.matcher(headText);
        byte[] body = in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
        return headText + new String(body, StandardCharsets.UTF_8);
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }
}
