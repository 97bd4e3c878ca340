package cn.gov.hunan.sanpin.application.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How many enterprises one recommending unit may put forward in a batch. Without a city code it is the default
 * for every unit of its kind; with one it applies to that 市州 itself (CITY) or to the 直管县 inside it.
 */
@Embeddable
public class RecommendationCap {

    /** CITY or PROVINCIALLY_ADMINISTERED_COUNTY */
    @Column(name = "unit_kind", nullable = false)
    public String unitKind;

    @Column(name = "city_code")
    public String cityCode;

    @Column(name = "max_recommendations", nullable = false)
    public int maxRecommendations;
}
