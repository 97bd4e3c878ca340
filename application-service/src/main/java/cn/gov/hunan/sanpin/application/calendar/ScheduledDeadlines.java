package cn.gov.hunan.sanpin.application.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The deadlines other features have set on the calendar (a batch's phase deadlines), so that loading a year can say
 * which of them now fall on a day off. Implemented by the batch feature: the calendar knows no batch classes.
 */
public interface ScheduledDeadlines {

    /** {@code status} and {@code phase} are the names the contract's BatchStatus and BatchPhase use. */
    record Deadline(UUID batchId, int batchYear, String batchTitle, String status, String phase, LocalDate dueOn) {
    }

    /** Every deadline falling in the year, in date order. */
    List<Deadline> in(int year);
}
