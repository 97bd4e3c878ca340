package cn.gov.hunan.sanpin.application.workflow;

import cn.gov.hunan.sanpin.common.audit.Stamp;
import cn.gov.hunan.sanpin.contract.application.model.DecisionKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A decision of a reviewing level on an application, with its opinion and supporting files. Never changed. */
@Entity
public class Decision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionKind kind;

    @Column(nullable = false)
    public String opinion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attachment_ids", nullable = false)
    public List<UUID> attachmentIds = new ArrayList<>();

    @Embedded
    public Stamp decided;
}
