package cn.gov.hunan.sanpin.application.reservepool;

import cn.gov.hunan.sanpin.common.audit.Stamp;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An enterprise in the 三品标杆后备企业库; batches that give the pool priority show it first. */
@Entity
public class ReservePoolEntry extends PanacheEntityBase {

    @Id
    @Column(name = "credit_code")
    public String creditCode;

    @Column(name = "enterprise_name")
    public String enterpriseName;

    @Column(nullable = false)
    public String reason;

    @Embedded
    public Stamp added;
}
