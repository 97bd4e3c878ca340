package cn.gov.hunan.sanpin.application.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A message in someone's in-app inbox: an enterprise's, or a unit's (everyone with that role and region). */
@Entity
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    /** {@code enterprise:<credit code>} or {@code <role>:<region code>}. */
    @Column(nullable = false)
    public String audience;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
