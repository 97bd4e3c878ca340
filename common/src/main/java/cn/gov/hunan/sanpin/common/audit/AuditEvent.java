package cn.gov.hunan.sanpin.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the audit trail; written only by {@link AuditTrail}, never changed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "actor_unit")
    public String actorUnit;

    @Column(name = "actor_region")
    public String actorRegion;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(nullable = false)
    public String action;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;

    @Column(name = "previous_hash")
    public String previousHash;

    @Column(nullable = false)
    public String hash;
}
