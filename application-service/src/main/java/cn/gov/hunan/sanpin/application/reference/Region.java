package cn.gov.hunan.sanpin.application.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A Hunan administrative division (GB/T 2260): the province, a 市州, or a county-level division. */
@Entity
public class Region extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** PROVINCE, CITY or COUNTY */
    @Column(nullable = false)
    public String level;

    /** PROVINCE, PREFECTURE_CITY, AUTONOMOUS_PREFECTURE, DISTRICT, COUNTY, AUTONOMOUS_COUNTY, COUNTY_CITY */
    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;

    /** 省财政直管县(市): recommends straight to the province instead of through its 市州. */
    @Column(name = "provincially_administered", nullable = false)
    public boolean provinciallyAdministered;

    @Version
    public long version;

    public boolean isCity() {
        return "CITY".equals(level);
    }

    public boolean isCounty() {
        return "COUNTY".equals(level);
    }
}
