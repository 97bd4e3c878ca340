package cn.gov.hunan.sanpin.application.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.hunan.sanpin.application.ApplicationServiceTest;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.testing.Tokens;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The calendar as loaded from the State Council's holiday notices (国办发明电). */
@ApplicationServiceTest
class WorkingDayCalendarTests {

    @Inject
    WorkingDayCalendar calendar;

    @Test
    void nationalDay2025IsOffAndItsMakeUpSundayIsWorked() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 10, 1)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 10, 8)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 9, 28)), "Sunday 28 Sep 2025 is a 调休 working day");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 10, 11)), "Saturday 11 Oct 2025 is a 调休 working day");
    }

    @Test
    void addingWorkingDaysSkipsTheGoldenWeek() {
        assertEquals(LocalDate.of(2025, 10, 9), calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 1));
        // 9 Oct, 10 Oct, then Saturday 11 Oct, a make-up working day
        assertEquals(LocalDate.of(2025, 10, 11), calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 3));
    }

    @Test
    void publicityOfFiveWorkingDaysAcrossSpringFestival2026() {
        // 春节 2026: 13 Feb, Saturday 14 Feb (make-up day), 15–23 Feb off, then 24, 25, 26 Feb
        assertEquals(LocalDate.of(2026, 2, 26), calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 5));
        assertEquals(5, calendar.workingDaysBetween(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 26)));
    }

    @Test
    void aYearWithoutCalendarDataIsRefusedNotGuessed() {
        ProblemException missing = assertThrows(ProblemException.class, () -> calendar.isWorkingDay(LocalDate.of(2031, 3, 3)));
        assertEquals("calendar-year-missing", missing.kind());
    }

    @Test
    void theApiCountsWorkingDaysAndListsTheYear() {
        RestAssured.given().auth().oauth2(Tokens.province())
                .queryParam("from", "2025-09-30").queryParam("add", 1)
                .get("/api/v1/calendar/working-days").then().statusCode(200)
                .body("to", org.hamcrest.Matchers.equalTo("2025-10-09"));
        RestAssured.given().auth().oauth2(Tokens.province()).get("/api/v1/calendar/2026").then().statusCode(200)
                .body("days.find { it.day == '2026-02-28' }.kind", org.hamcrest.Matchers.equalTo("MAKEUP_WORKDAY"));
        RestAssured.given().auth().oauth2(Tokens.province()).get("/api/v1/calendar/2031").then().statusCode(404);
    }

    @Test
    void countingIntoAYearWithoutCalendarSaysWhichYear() {
        RestAssured.given().auth().oauth2(Tokens.province())
                .queryParam("from", "2031-03-03").queryParam("add", 1)
                .get("/api/v1/calendar/working-days").then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.equalTo("2031 年的节假日安排尚未录入工作日历，无法计算工作日。"));
    }
}
