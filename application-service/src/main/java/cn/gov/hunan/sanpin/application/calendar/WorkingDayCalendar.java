package cn.gov.hunan.sanpin.application.calendar;

import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working days (工作日) on the Chinese calendar: Monday to Friday, minus public holidays, plus make-up working
 * days (调休), as loaded in calendar_day. A year without loaded data is refused rather than guessed: a deadline
 * counted over an unknown Spring Festival would be wrong. Each year is read once and kept; loading a year's notice
 * ({@link CalendarService#load}) makes this instance read it again. The service runs as one instance; a second one
 * would need the same signal.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkingDayCalendar {

    private final Map<Integer, Map<LocalDate, CalendarDay>> years = new ConcurrentHashMap<>();

    public boolean isWorkingDay(LocalDate day) {
        CalendarDay exception = exceptionsOf(day.getYear()).get(day);
        if (exception != null) {
            return "MAKEUP_WORKDAY".equals(exception.kind);
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day {@code count} working days after {@code from} (from itself not counted). */
    public LocalDate addWorkingDays(LocalDate from, int count) {
        LocalDate day = from;
        for (int left = count; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days in the half-open interval (from, to]; negative when to is before from. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The first working day after {@code day}; empty when that lies in a year not loaded. */
    public Optional<LocalDate> nextWorkingDay(LocalDate day) {
        for (LocalDate next = day.plusDays(1); ; next = next.plusDays(1)) {
            if (next.getYear() != day.getYear() && !isLoaded(next.getYear())) {
                return Optional.empty();
            }
            if (isWorkingDay(next)) {
                return Optional.of(next);
            }
        }
    }

    /** The public holiday the day belongs to (春节 …); empty for working days and ordinary weekends. */
    public Optional<String> holidayOn(LocalDate day) {
        return Optional.ofNullable(exceptionsOf(day.getYear()).get(day)).filter(d -> "HOLIDAY".equals(d.kind)).map(d -> d.name);
    }

    /** The year's holidays and make-up days, in date order; empty when the year is not loaded. */
    public List<CalendarDay> exceptionsIn(int year) {
        return CalendarDay.list("year(day) = ?1", Sort.by("day"), year);
    }

    public boolean isLoaded(int year) {
        return CalendarDay.count("year(day) = ?1", year) > 0;
    }

    /** A year loaded again is read afresh, once its new days are committed. */
    void onLoaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarYearLoaded loaded) {
        forget(loaded.year());
    }

    void forget(int year) {
        years.remove(year);
    }

    private Map<LocalDate, CalendarDay> exceptionsOf(int year) {
        return years.computeIfAbsent(year, y -> {
            List<CalendarDay> days = exceptionsIn(y);
            if (days.isEmpty()) {
                throw ProblemException.unprocessable("calendar-year-missing",
                        List.of(new FieldProblem("date", "calendar-year-missing", String.valueOf(y))), String.valueOf(y));
            }
            return days.stream().collect(Collectors.toUnmodifiableMap(d -> d.day, Function.identity()));
        });
    }
}
