package cn.gov.hunan.sanpin.application.batch;

import cn.gov.hunan.sanpin.application.calendar.ScheduledDeadlines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every batch's phase deadlines, as the calendar asks for them when a year's holidays are loaded. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BatchDeadlines implements ScheduledDeadlines {

    @Override
    public List<Deadline> in(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Deadline> deadlines = new ArrayList<>();
        // the deadlines are in order, so a batch has one in the year exactly when its first is before the year's end
        // and its last after the year's start
        for (Batch b : Batch.<Batch>list("applicationClosesOn <= ?1 and expertReviewDueOn >= ?2", last, first)) {
            for (Batch.Phase phase : Batch.Phase.values()) {
                if (b.dueOn(phase).getYear() == year) {
                    deadlines.add(new Deadline(b.id, b.year, b.title, b.status.name(), phase.name(), b.dueOn(phase)));
                }
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::batchYear));
        return deadlines;
    }
}
