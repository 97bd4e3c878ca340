package cn.gov.hunan.sanpin.application.calendar;

import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.contract.application.api.CalendarApi;
import cn.gov.hunan.sanpin.contract.application.model.CalendarDayKind;
import cn.gov.hunan.sanpin.contract.application.model.CalendarYear;
import cn.gov.hunan.sanpin.contract.application.model.WorkingDays;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

@Authenticated
public class CalendarResource implements CalendarApi {

    @Inject
    WorkingDayCalendar calendar;

    @Override
    public CalendarYear getCalendarYear(Integer year) {
        List<CalendarDay> days = calendar.exceptionsIn(year);
        if (days.isEmpty()) {
            throw ProblemException.notFound("calendar-year-missing", year);
        }
        LocalDate newYearsEve = LocalDate.of(year - 1, 12, 31);
        return new CalendarYear().year(year)
                .workingDays(calendar.workingDaysBetween(newYearsEve, LocalDate.of(year, 12, 31)))
                .days(days.stream().map(d -> new cn.gov.hunan.sanpin.contract.application.model.CalendarDay()
                        .day(d.day).kind(CalendarDayKind.fromValue(d.kind)).name(d.name).provisional(d.provisional)).toList());
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
