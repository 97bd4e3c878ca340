package cn.gov.hunan.sanpin.application.calendar;

import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.CurrentActor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.contract.application.api.CalendarApi;
import cn.gov.hunan.sanpin.contract.application.model.BatchPhase;
import cn.gov.hunan.sanpin.contract.application.model.BatchStatus;
import cn.gov.hunan.sanpin.contract.application.model.CalendarDayKind;
import cn.gov.hunan.sanpin.contract.application.model.CalendarYear;
import cn.gov.hunan.sanpin.contract.application.model.DeadlineOnDayOff;
import cn.gov.hunan.sanpin.contract.application.model.HolidayNotice;
import cn.gov.hunan.sanpin.contract.application.model.HolidayNoticeLoaded;
import cn.gov.hunan.sanpin.contract.application.model.WorkingDays;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Authenticated
public class CalendarResource implements CalendarApi {

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    CalendarService calendars;

    @Inject
    CurrentActor actor;

    @Override
    public CalendarYear getCalendarYear(Integer year) {
        List<CalendarDay> days = calendar.exceptionsIn(year);
        if (days.isEmpty()) {
            throw ProblemException.notFound("calendar-year-missing", year);
        }
        LocalDate newYearsEve = LocalDate.of(year - 1, 12, 31);
        return new CalendarYear().year(year)
                .workingDays(calendar.workingDaysBetween(newYearsEve, LocalDate.of(year, 12, 31)))
                .provisional(days.stream().anyMatch(d -> d.provisional))
                .sources(new ArrayList<>(calendars.sourcesOf(year)))
                .days(days.stream().map(d -> new cn.gov.hunan.sanpin.contract.application.model.CalendarDay()
                        .day(d.day).kind(CalendarDayKind.fromValue(d.kind)).name(d.name).provisional(d.provisional)).toList());
    }

    /** The notice is stored and committed first; the answer then reads the year as every later request will. */
    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public HolidayNoticeLoaded loadHolidayNotice(Integer year, HolidayNotice notice) {
        calendars.load(actor.get(), year, notice);
        return new HolidayNoticeLoaded().calendar(getCalendarYear(year)).deadlinesOnDaysOff(new ArrayList<>(listDeadlinesOnDaysOff(year)));
    }

    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public List<DeadlineOnDayOff> listDeadlinesOnDaysOff(Integer year) {
        return calendars.deadlinesOnDaysOff(year).stream().map(d -> new DeadlineOnDayOff()
                .batchId(d.deadline().batchId()).batchYear(d.deadline().batchYear()).batchTitle(d.deadline().batchTitle())
                .batchStatus(BatchStatus.fromValue(d.deadline().status())).phase(BatchPhase.fromValue(d.deadline().phase()))
                .dueOn(d.deadline().dueOn()).dayOff(d.holiday().orElse(null)).nextWorkingDay(d.nextWorkingDay().orElse(null)))
                .toList();
    }

    @Override
    public WorkingDays countWorkingDays(LocalDate from, LocalDate to, Integer add) {
        if ((to == null) == (add == null)) {
            throw ProblemException.unprocessable("validation", List.of(new FieldProblem("to", "to-or-add")));
        }
        WorkingDays result = new WorkingDays().from(from);
        if (to != null) {
            return result.to(to).workingDays(calendar.workingDaysBetween(from, to));
        }
        return result.to(calendar.addWorkingDays(from, add)).workingDays(add);
    }
}
