package cn.gov.hunan.sanpin.application.workflow;

import cn.gov.hunan.sanpin.common.audit.Stamp;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.UUID;

/** One level's verdict on one claim of an application (真实性、完整性审查): accepted, queried or rejected. */
@Entity
public class ClaimCheck extends PanacheEntityBase {

    public enum Verdict { ACCEPTED, QUERIED, REJECTED }

    @Embeddable
    public record Key(@Column(name = "application_id") UUID applicationId,
                      @Enumerated(EnumType.STRING) @Column(name = "stage") ReviewStage stage,
                      @Column(name = "item") String item) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verdict verdict;

    public String comment;

    @Embedded
    public Stamp checked;
}
