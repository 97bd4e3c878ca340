package cn.gov.hunan.sanpin.application.batch;

import cn.gov.hunan.sanpin.application.edition.PolicyEdition;
import cn.gov.hunan.sanpin.common.audit.Stamp;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An annual call (年度批次): quota, phase deadlines, caps and what applicants must provide. */
@Entity
public class Batch extends PanacheEntityBase {

    /** DRAFT until published; OPEN once published; CLOSED when the province ends intake (review goes on). */
    public enum Status { DRAFT, OPEN, CLOSED }

    /** The phases by their deadlines, in the order they must keep. */
    public enum Phase {
        APPLICATION("applicationClosesOn"), RECOMMENDATION("recommendationDueOn"),
        PRELIMINARY_REVIEW("preliminaryReviewDueOn"), EXPERT_REVIEW("expertReviewDueOn");

        /** The deadline's name in the contract's PhaseSchedule. */
        public final String scheduleField;

        Phase(String scheduleField) {
            this.scheduleField = scheduleField;
        }
    }

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public int year;

    @Column(nullable = false)
    public String title;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    public PolicyEdition edition;

    @Column(nullable = false)
    public int quota;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "application_opens_on", nullable = false)
    public LocalDate applicationOpensOn;

    @Column(name = "application_closes_on", nullable = false)
    public LocalDate applicationClosesOn;

    @Column(name = "recommendation_due_on", nullable = false)
    public LocalDate recommendationDueOn;

    @Column(name = "preliminary_review_due_on", nullable = false)
    public LocalDate preliminaryReviewDueOn;

    @Column(name = "expert_review_due_on", nullable = false)
    public LocalDate expertReviewDueOn;

    @Column(name = "publicity_working_days", nullable = false)
    public int publicityWorkingDays;

    /** Working days an enterprise has to correct and resubmit a returned application, counted from the return. */
    @Column(name = "resubmission_working_days", nullable = false)
    public int resubmissionWorkingDays = 5;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "batch_recommendation_cap", joinColumns = @JoinColumn(name = "batch_id"))
    public List<RecommendationCap> recommendationCaps = new ArrayList<>();

    @Column(name = "reserve_pool_priority", nullable = false)
    public boolean reservePoolPriority;

    @Column(name = "summary_table_required", nullable = false)
    public boolean summaryTableRequired;

    @Column(name = "form_version", nullable = false)
    public String formVersion;

    @Column(name = "rubric_code")
    public String rubricCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_attachments", nullable = false)
    public List<String> requiredAttachments = new ArrayList<>();

    @Version
    public long version;

    @Embedded
    public Stamp created;

    @Embedded
    public Stamp opened;

    @Embedded
    public Stamp closed;

    @Column(name = "close_reason")
    public String closeReason;

    public LocalDate dueOn(Phase phase) {
        return switch (phase) {
            case APPLICATION -> applicationClosesOn;
            case RECOMMENDATION -> recommendationDueOn;
            case PRELIMINARY_REVIEW -> preliminaryReviewDueOn;
            case EXPERT_REVIEW -> expertReviewDueOn;
        };
    }

    void moveDeadline(Phase phase, LocalDate day) {
        switch (phase) {
            case APPLICATION -> applicationClosesOn = day;
            case RECOMMENDATION -> recommendationDueOn = day;
            case PRELIMINARY_REVIEW -> preliminaryReviewDueOn = day;
            case EXPERT_REVIEW -> expertReviewDueOn = day;
        }
    }

    /** Enterprises may start and save applications on this day. */
    public boolean acceptsApplicationsOn(LocalDate day) {
        return status == Status.OPEN && !day.isBefore(applicationOpensOn) && !day.isAfter(applicationClosesOn);
    }
}
