package cn.gov.hunan.sanpin.application.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.application.Problems;
import cn.gov.hunan.sanpin.common.audit.AuditEvent;
import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.contract.application.client.BatchesApi;
import cn.gov.hunan.sanpin.contract.application.client.CalendarApi;
import cn.gov.hunan.sanpin.contract.application.client.EditionsApi;
import cn.gov.hunan.sanpin.contract.application.model.BatchDraft;
import cn.gov.hunan.sanpin.contract.application.model.BatchPhase;
import cn.gov.hunan.sanpin.contract.application.model.CalendarYear;
import cn.gov.hunan.sanpin.contract.application.model.DeadlineOnDayOff;
import cn.gov.hunan.sanpin.contract.application.model.HolidayNotice;
import cn.gov.hunan.sanpin.contract.application.model.HolidayNoticeLoaded;
import cn.gov.hunan.sanpin.contract.application.model.HolidayPeriod;
import cn.gov.hunan.sanpin.contract.application.model.MakeUpWorkingDay;
import cn.gov.hunan.sanpin.contract.application.model.PhaseSchedule;
import cn.gov.hunan.sanpin.contract.application.model.PolicyEditionDraft;
import cn.gov.hunan.sanpin.contract.application.model.Problem;
import cn.gov.hunan.sanpin.testing.Clients;
import cn.gov.hunan.sanpin.testing.SettableClock;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A province officer loads a year's State Council holiday notice through the API. The notice used here for 2027 is
 * test data shaped like the real ones (its number and dates are not the State Council's).
 */
@ApplicationServiceTest
class HolidayNoticeTests {

    static final String NOTICE = "国办发明电〔2026〕99号";

    @TestHTTPResource("/")
    URI base;

    @Inject
    SettableClock clock;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AuditTrail audit;

    CalendarApi province;

    /** The provisional 2027 the migrations seed, put back after each test. */
    List<CalendarDay> seeded2027;

    @BeforeEach
    void keepTheSeededYear() {
        clock.setToday(LocalDate.of(2026, 11, 25));
        province = Clients.of(CalendarApi.class, base, Tokens.province());
        seeded2027 = QuarkusTransaction.requiringNew().call(() -> calendar.exceptionsIn(2027).stream().map(d -> {
            CalendarDay copy = new CalendarDay();
            copy.day = d.day;
            copy.kind = d.kind;
            copy.name = d.name;
            copy.provisional = d.provisional;
            copy.source = d.source;
            return copy;
        }).toList());
    }

    @AfterEach
    void restoreTheSeededYear() {
        clock.reset();
        QuarkusTransaction.requiringNew().run(() -> {
            cn.gov.hunan.sanpin.application.batch.Batch.deleteAll();
            cn.gov.hunan.sanpin.application.edition.PolicyEdition.delete("documentNumber like 'TEST-%'");
            CalendarDay.delete("year(day) in (2027, 2028)");
            CalendarDay.persist(seeded2027);
        });
        calendar.forget(2027);
        calendar.forget(2028);
    }

    static HolidayPeriod off(String name, String from, String to) {
        return new HolidayPeriod().name(name).from(LocalDate.parse(from)).to(LocalDate.parse(to));
    }

    static MakeUpWorkingDay worked(String name, String day) {
        return new MakeUpWorkingDay().name(name).day(LocalDate.parse(day));
    }

    /** 2027 as a notice would set it: 春节 from Friday 5 to Thursday 11 February, Saturday 20 February worked. */
    static HolidayNotice notice2027(HolidayPeriod springFestival) {
        return new HolidayNotice().noticeNumber(NOTICE)
                .daysOff(new ArrayList<>(List.of(off("元旦", "2027-01-01", "2027-01-03"), springFestival,
                        off("清明节", "2027-04-03", "2027-04-05"), off("劳动节", "2027-05-01", "2027-05-05"),
                        off("端午节", "2027-06-09", "2027-06-11"), off("中秋节", "2027-09-15", "2027-09-17"),
                        off("国庆节", "2027-10-01", "2027-10-07"))))
                .makeUpWorkingDays(new ArrayList<>(List.of(worked("春节", "2027-02-20"), worked("国庆节", "2027-09-26"),
                        worked("国庆节", "2027-10-09"))));
    }

    /** A 2027 call set on the provisional calendar, its recommendation due on Wednesday 10 February. */
    UUID batch2027() throws Exception {
        UUID edition = Clients.of(EditionsApi.class, base, Tokens.province()).createPolicyEdition(new PolicyEditionDraft()
                .documentNumber("TEST-" + UUID.randomUUID().toString().substring(0, 8)).title("培育办法（修订·测试数据）")
                .issuer("湖南省工业和信息化厅").publishedOn(LocalDate.of(2026, 6, 2)).effectiveFrom(LocalDate.of(2026, 6, 2))
                .expiresOn(LocalDate.of(2031, 6, 1)).annualQuota(40).minimumSpecialWorks(6).reReviewPeriodYears(3)
                .badRecordLookbackYears(3).brandSpendingLookbackYears(3)).getId();
        return Clients.of(BatchesApi.class, base, Tokens.province()).createBatch(new BatchDraft().year(2027).title("2027年申报")
                .editionId(edition).quota(40).schedule(new PhaseSchedule()
                        .applicationOpensOn(LocalDate.of(2027, 1, 4)).applicationClosesOn(LocalDate.of(2027, 1, 29))
                        .recommendationDueOn(LocalDate.of(2027, 2, 10)).preliminaryReviewDueOn(LocalDate.of(2027, 2, 26))
                        .expertReviewDueOn(LocalDate.of(2027, 3, 12)).publicityWorkingDays(5))).getId();
    }

    @Test
    void theNoticeConfirmsTheProvisionalYearAndListsTheDeadlinesNowOnADayOffWithoutMovingThem() throws Exception {
        assertTrue(province.getCalendarYear(2027).getProvisional());
        UUID batchId = batch2027();
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 2, 10)), "a working day on the provisional calendar");

        HolidayNoticeLoaded loaded = province.loadHolidayNotice(2027, notice2027(off("春节", "2027-02-05", "2027-02-11")));

        CalendarYear year = loaded.getCalendar();
        assertFalse(year.getProvisional());
        assertEquals(List.of(NOTICE), year.getSources());
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 2, 10)), "the notice counts at once");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 2, 20)), "a Saturday worked instead");
        DeadlineOnDayOff conflict = new DeadlineOnDayOff().batchId(batchId).batchYear(2027).batchTitle("2027年申报")
                .batchStatus(cn.gov.hunan.sanpin.contract.application.model.BatchStatus.DRAFT).phase(BatchPhase.RECOMMENDATION)
                .dueOn(LocalDate.of(2027, 2, 10)).dayOff("春节").nextWorkingDay(LocalDate.of(2027, 2, 12));
        assertEquals(List.of(conflict), loaded.getDeadlinesOnDaysOff());
        assertEquals(List.of(conflict), province.listDeadlinesOnDaysOff(2027));
        assertEquals(LocalDate.of(2027, 2, 10), Clients.of(BatchesApi.class, base, Tokens.province()).getBatch(batchId)
                .getSchedule().getRecommendationDueOn(), "listed, not moved");

        AuditEvent event = audit.history(CalendarService.CALENDAR_YEAR, 2027).getLast();
        assertEquals("CALENDAR_YEAR_LOADED", event.action);
        assertEquals("湖南省工业和信息化厅消费品工业处", event.actorUnit);
        assertEquals(NOTICE, event.details.get("noticeNumber"));
    }

    @Test
    void loadingTheYearAgainReplacesIt() throws Exception {
        batch2027();
        province.loadHolidayNotice(2027, notice2027(off("春节", "2027-02-05", "2027-02-11")));
        HolidayNoticeLoaded again = province.loadHolidayNotice(2027,
                notice2027(off("春节", "2027-02-05", "2027-02-09")).noticeNumber("国办发明电〔2026〕100号"));

        assertEquals(List.of(), again.getDeadlinesOnDaysOff());
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 2, 10)));
        assertEquals(List.of("国办发明电〔2026〕100号"), province.getCalendarYear(2027).getSources());
        List<AuditEvent> history = audit.history(CalendarService.CALENDAR_YEAR, 2027);
        AuditEvent first = history.get(history.size() - 2);
        AuditEvent second = history.getLast();
        assertEquals(List.of("CALENDAR_YEAR_LOADED", "CALENDAR_YEAR_LOADED"), List.of(first.action, second.action));
        assertEquals(NOTICE, second.details.get("replaced"), "the audit names the notice the load replaced");
    }

    @Test
    void aNoticeThatContradictsItselfIsRefusedFieldByFieldAndChangesNothing() throws Exception {
        HolidayNotice bad = new HolidayNotice().noticeNumber("  ")
                .daysOff(new ArrayList<>(List.of(off("元旦", "2027-12-31", "2028-01-01"), off("春节", "2028-01-26", "2028-02-02"),
                        off("春节", "2028-02-01", "2028-02-03"), off("清明节", "2028-04-04", "2028-04-02"))))
                .makeUpWorkingDays(new ArrayList<>(List.of(worked("春节", "2028-01-05"), worked("春节", "2028-01-29"),
                        worked("国庆节", "2029-10-06"))));
        Problem problem = Problems.expect(422, () -> province.loadHolidayNotice(2028, bad));
        assertEquals("请填写国务院办公厅通知的文号", Problems.field(problem, "noticeNumber").orElseThrow().getMessage());
        assertEquals("2027-12-31 不在 2028 年内（跨年的假期只录入本年的日期）", Problems.field(problem, "daysOff[0].from").orElseThrow().getMessage());
        assertEquals("days-off-overlap", Problems.field(problem, "daysOff[2].from").orElseThrow().getCode());
        assertEquals("period-reversed", Problems.field(problem, "daysOff[3].to").orElseThrow().getCode());
        assertEquals("makeup-not-weekend", Problems.field(problem, "makeUpWorkingDays[0].day").orElseThrow().getCode());
        assertEquals("makeup-on-day-off", Problems.field(problem, "makeUpWorkingDays[1].day").orElseThrow().getCode());
        assertEquals("date-outside-year", Problems.field(problem, "makeUpWorkingDays[2].day").orElseThrow().getCode());
        Problems.expect(404, () -> province.getCalendarYear(2028));
    }

    @Test
    void onlyTheProvinceLoadsANotice() throws Exception {
        HolidayNotice notice = new HolidayNotice().noticeNumber("国办发明电〔2027〕99号")
                .daysOff(new ArrayList<>(List.of(off("元旦", "2028-01-01", "2028-01-03")))).makeUpWorkingDays(new ArrayList<>());
        for (String token : List.of(Tokens.county("yuelu", "长沙市岳麓区工业和信息化局", "430104"),
                Tokens.enterprise("ent01", "湖南湘韵食品有限公司", "91430104MA4L1X7K0X"))) {
            CalendarApi outsider = Clients.of(CalendarApi.class, base, token);
            Problem problem = Problems.expect(403, () -> outsider.loadHolidayNotice(2028, notice));
            assertEquals("无权执行此操作", problem.getTitle());
            Problems.expect(403, () -> outsider.listDeadlinesOnDaysOff(2027));
        }
        Problems.expect(404, () -> province.getCalendarYear(2028));
    }
}
