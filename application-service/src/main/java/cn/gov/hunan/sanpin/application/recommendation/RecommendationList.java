package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.batch.Batch;
import cn.gov.hunan.sanpin.common.audit.Stamp;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A recommending unit's ranked list for a batch (行文推荐). While DRAFT the unit adds and orders; with the stamped
 * scan it is FINAL and its applications go to the province. An application that comes back after a return is
 * recommended again in a later list of the same unit.
 */
@Entity
public class RecommendationList extends PanacheEntityBase {

    public enum Status { DRAFT, FINAL }

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "batch_id")
    public Batch batch;

    @Column(name = "unit_region", nullable = false)
    public String unitRegion;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Column(nullable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @OneToMany(mappedBy = "list", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rank")
    public List<RecommendationEntry> entries = new ArrayList<>();

    @Embedded
    public StampedScan scan;

    @Version
    public long version;

    @Embedded
    public Stamp finalized;
}
