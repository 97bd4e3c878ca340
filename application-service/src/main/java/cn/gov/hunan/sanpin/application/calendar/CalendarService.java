package cn.gov.hunan.sanpin.application.calendar;

import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.contract.application.model.HolidayNotice;
import cn.gov.hunan.sanpin.contract.application.model.HolidayPeriod;
import cn.gov.hunan.sanpin.contract.application.model.MakeUpWorkingDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loading a year's State Council holiday notice (国务院办公厅关于部分节假日安排的通知) in place of what the year held —
 * the statutory holidays seeded as provisional, or an earlier notice — and finding the batch deadlines that then fall
 * on a day off. Those are listed for the province, never moved: a deadline is the province's to change, with a reason.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CalendarService {

    public static final String CALENDAR_YEAR = "calendar-year";

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ScheduledDeadlines deadlines;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CalendarYearLoaded> loaded;

    public record DeadlineOnDayOff(ScheduledDeadlines.Deadline deadline, Optional<String> holiday, Optional<LocalDate> nextWorkingDay) {
    }

    @Transactional
    public void load(Actor actor, int year, HolidayNotice notice) {
        List<FieldProblem> problems = check(year, notice);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("holiday-notice-invalid", problems);
        }
        String noticeNumber = notice.getNoticeNumber().strip();
        List<String> replaced = sourcesOf(year);
        CalendarDay.delete("year(day) = ?1", year);
        for (HolidayPeriod period : notice.getDaysOff()) {
            for (LocalDate day = period.getFrom(); !day.isAfter(period.getTo()); day = day.plusDays(1)) {
                persist(day, "HOLIDAY", period.getName(), noticeNumber);
            }
        }
        for (MakeUpWorkingDay worked : notice.getMakeUpWorkingDays()) {
            persist(worked.getDay(), "MAKEUP_WORKDAY", worked.getName(), noticeNumber);
        }
        Map<String, Object> details = new HashMap<>(Map.of("noticeNumber", noticeNumber, "daysOff", notice.getDaysOff().size(),
                "makeUpWorkingDays", notice.getMakeUpWorkingDays().size()));
        if (!replaced.isEmpty()) {
            details.put("replaced", String.join("；", replaced));
        }
        audit.record(actor, CALENDAR_YEAR, year, "CALENDAR_YEAR_LOADED", "依据" + noticeNumber + "录入" + year + "年节假日安排", details);
        loaded.fire(new CalendarYearLoaded(year));
    }

    /** The notices (or other sources) the year's days come from, in the order of their first day. */
    public List<String> sourcesOf(int year) {
        return CalendarDay.getEntityManager()
                .createQuery("select d.source from CalendarDay d where year(d.day) = :year group by d.source order by min(d.day)", String.class)
                .setParameter("year", year).getResultList();
    }

    public List<DeadlineOnDayOff> deadlinesOnDaysOff(int year) {
        if (!calendar.isLoaded(year)) {
            throw ProblemException.notFound("calendar-year-missing", year);
        }
        return deadlines.in(year).stream().filter(d -> !calendar.isWorkingDay(d.dueOn()))
                .map(d -> new DeadlineOnDayOff(d, calendar.holidayOn(d.dueOn()), calendar.nextWorkingDay(d.dueOn())))
                .toList();
    }

    private static void persist(LocalDate day, String kind, String name, String source) {
        CalendarDay d = new CalendarDay();
        d.day = day;
        d.kind = kind;
        d.name = name.strip();
        d.provisional = false;
        d.source = source;
        d.persist();
    }

    /** Every way the notice contradicts itself or strays from its year, each against its field. */
    private static List<FieldProblem> check(int year, HolidayNotice notice) {
        List<FieldProblem> problems = new ArrayList<>();
        if (notice.getNoticeNumber().isBlank()) {
            problems.add(new FieldProblem("noticeNumber", "notice-number-required"));
        }
        List<HolidayPeriod> accepted = new ArrayList<>();
        for (int i = 0; i < notice.getDaysOff().size(); i++) {
            HolidayPeriod period = notice.getDaysOff().get(i);
            String field = "daysOff[" + i + "]";
            if (period.getName().isBlank()) {
                problems.add(new FieldProblem(field + ".name", "holiday-name-required"));
            }
            int before = problems.size();
            outsideYear(field + ".from", period.getFrom(), year).ifPresent(problems::add);
            outsideYear(field + ".to", period.getTo(), year).ifPresent(problems::add);
            if (period.getTo().isBefore(period.getFrom())) {
                problems.add(new FieldProblem(field + ".to", "period-reversed"));
            }
            if (problems.size() > before) {
                continue;
            }
            accepted.stream().filter(other -> !period.getFrom().isAfter(other.getTo()) && !other.getFrom().isAfter(period.getTo()))
                    .findFirst().ifPresentOrElse(
                            other -> problems.add(new FieldProblem(field + ".from", "days-off-overlap", other.getFrom().toString(), other.getTo().toString())),
                            () -> accepted.add(period));
        }
        Set<LocalDate> worked = new HashSet<>();
        for (int i = 0; i < notice.getMakeUpWorkingDays().size(); i++) {
            MakeUpWorkingDay makeUp = notice.getMakeUpWorkingDays().get(i);
            String field = "makeUpWorkingDays[" + i + "]";
            LocalDate day = makeUp.getDay();
            if (makeUp.getName().isBlank()) {
                problems.add(new FieldProblem(field + ".name", "holiday-name-required"));
            }
            Optional<FieldProblem> outside = outsideYear(field + ".day", day, year);
            if (outside.isPresent()) {
                problems.add(outside.get());
            } else if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.add(new FieldProblem(field + ".day", "makeup-not-weekend", day.toString()));
            } else if (accepted.stream().anyMatch(p -> !day.isBefore(p.getFrom()) && !day.isAfter(p.getTo()))) {
                problems.add(new FieldProblem(field + ".day", "makeup-on-day-off", day.toString()));
            } else if (!worked.add(day)) {
                problems.add(new FieldProblem(field + ".day", "makeup-duplicate", day.toString()));
            }
        }
        return problems;
    }

    private static Optional<FieldProblem> outsideYear(String field, LocalDate day, int year) {
        return day.getYear() == year ? Optional.empty() : Optional.of(new FieldProblem(field, "date-outside-year", day.toString(), year));
    }
}
