package cn.gov.hunan.sanpin.application.application;

import cn.gov.hunan.sanpin.application.batch.Batch;
import cn.gov.hunan.sanpin.common.audit.Stamp;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContent;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.Eligibility;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An enterprise's application to a batch. Its content is the form as a document of {@link #formVersion} (the
 * contract's ApplicationContent of that version), so a later batch can change the form without touching it.
 */
@Entity
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Fetched with the application: every view of an application shows its batch. */
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "batch_id")
    public Batch batch;

    @Column(name = "credit_code", nullable = false)
    public String creditCode;

    @Column(name = "enterprise_name", nullable = false)
    public String enterpriseName;

    /** The registered region when the application was started: it decides routing and who may see it. */
    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(name = "form_version", nullable = false)
    public String formVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ApplicationContent content;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Eligibility eligibility;

    /** The eligibility's failed mechanical checks, as a column lists can filter on. */
    @Column(name = "mechanical_failures", nullable = false)
    public int mechanicalFailures;

    /** The units it passes through; set at submission from the region's 直管县 flag. */
    @Column(name = "route")
    public String route;

    /** Whose turn it is: a county or city region code, or 430000 for the province. */
    @Column(name = "reviewing_region")
    public String reviewingRegion;

    /** The platform facts the submission was made on. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "frozen_facts")
    public java.util.Map<String, Object> frozenFacts;

    @Column(name = "frozen_retrieved_at")
    public java.time.Instant frozenRetrievedAt;

    @Column(name = "frozen_sha256")
    public String frozenSha256;

    /** While returned: the status and unit it was returned from, where its resubmission goes. */
    @Enumerated(EnumType.STRING)
    @Column(name = "returned_from")
    public ApplicationStatus returnedFrom;

    @Column(name = "returned_region")
    public String returnedRegion;

    /** While returned: the last day the enterprise may resubmit. */
    @Column(name = "resubmit_due_on")
    public java.time.LocalDate resubmitDueOn;

    /**
     * After a resubmission: the day its review may run to in the phase it went back to, when later than the batch's
     * deadline for that phase.
     */
    @Column(name = "review_due_on")
    public java.time.LocalDate reviewDueOn;

    @Version
    public long version;

    @Embedded
    public Stamp created;

    @Embedded
    public Stamp updated;

    @Embedded
    public Stamp submitted;

    /** Takes a freshly computed eligibility. */
    public void assess(Eligibility computed) {
        eligibility = computed;
        mechanicalFailures = computed.getMechanicalFailures();
    }

    /** Returned for correction: the resubmission goes back to the status and unit it was returned from, by {@code dueOn}. */
    public void returned(ApplicationStatus status, String region, java.time.LocalDate dueOn) {
        returnedFrom = status;
        returnedRegion = region;
        resubmitDueOn = dueOn;
    }

    /** Resubmitted: the return is settled. */
    public void resubmitted() {
        returned(null, null, null);
    }

    /** The enterprise may still change the form: a draft, or an application returned for correction. */
    public boolean isEditable() {
        return status == ApplicationStatus.DRAFT || status == ApplicationStatus.RETURNED;
    }

    /** The enterprise may withdraw until the province has it, or while it is returned. */
    public boolean isWithdrawable() {
        return Transition.WITHDRAW.startsFrom(status);
    }
}
