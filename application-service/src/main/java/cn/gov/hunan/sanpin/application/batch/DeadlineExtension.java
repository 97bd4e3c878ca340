package cn.gov.hunan.sanpin.application.batch;

import cn.gov.hunan.sanpin.common.audit.Stamp;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** One deadline of a published call moved later (延期), kept so the public and the audit can see what it was. */
@Entity
@Table(name = "batch_deadline_extension")
public class DeadlineExtension extends PanacheEntityBase {

    /** In the order the extensions were made. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "batch_id", nullable = false)
    public UUID batchId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Batch.Phase phase;

    @Column(name = "previous_due_on", nullable = false)
    public LocalDate previousDueOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false)
    public String reason;

    @Embedded
    public Stamp extended;

    static DeadlineExtension of(Batch batch, Batch.Phase phase, LocalDate dueOn, String reason, Stamp stamp) {
        DeadlineExtension e = new DeadlineExtension();
        e.batchId = batch.id;
        e.phase = phase;
        e.previousDueOn = batch.dueOn(phase);
        e.dueOn = dueOn;
        e.reason = reason;
        e.extended = stamp;
        return e;
    }

    static List<DeadlineExtension> ofBatch(UUID batchId) {
        return list("batchId", Sort.by("id"), batchId);
    }

    /** The extensions of several batches in one query, by batch. */
    static Map<UUID, List<DeadlineExtension>> ofBatches(Collection<UUID> batchIds) {
        if (batchIds.isEmpty()) {
            return Map.of();
        }
        return DeadlineExtension.<DeadlineExtension>list("batchId in ?1", Sort.by("id"), batchIds).stream()
                .collect(Collectors.groupingBy(e -> e.batchId));
    }
}
