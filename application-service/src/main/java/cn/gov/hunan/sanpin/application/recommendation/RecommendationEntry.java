package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.application.Application;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.util.UUID;

/** One recommended application in a unit's list: its rank and the unit's signed opinion (推荐意见). */
@Entity
@IdClass(RecommendationEntry.Key.class)
public class RecommendationEntry extends PanacheEntityBase {

    public record Key(UUID list, UUID application) implements Serializable {
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "list_id")
    public RecommendationList list;

    @Id
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "application_id")
    public Application application;

    @Column(nullable = false)
    public int rank;

    @Column(nullable = false)
    public String opinion;
}
