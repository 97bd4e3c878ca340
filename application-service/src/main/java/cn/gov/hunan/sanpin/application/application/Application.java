package cn.gov.hunan.sanpin.application.application;

import cn.gov.hunan.sanpin.application.batch.Batch;
import cn.gov.hunan.sanpin.common.audit.Stamp;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationContent;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.Eligibility;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
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

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
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

    @Version
    public long version;

    @Embedded
    @AttributeOverride(name = "at", column = @Column(name = "created_at"))
    @AttributeOverride(name = "by", column = @Column(name = "created_by"))
    @AttributeOverride(name = "byName", column = @Column(name = "created_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "created_unit"))
    public Stamp created;

    @Embedded
    @AttributeOverride(name = "at", column = @Column(name = "updated_at"))
    @AttributeOverride(name = "by", column = @Column(name = "updated_by"))
    @AttributeOverride(name = "byName", column = @Column(name = "updated_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "updated_unit"))
    public Stamp updated;

    /** The enterprise may still change the form: a draft, or an application returned for correction. */
    public boolean isEditable() {
        return status == ApplicationStatus.DRAFT || status == ApplicationStatus.RETURNED;
    }
}
