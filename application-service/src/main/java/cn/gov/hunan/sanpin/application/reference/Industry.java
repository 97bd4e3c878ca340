package cn.gov.hunan.sanpin.application.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A GB/T 4754-2017 manufacturing industry. An enterprise's four-digit class is a consumer-goods industry when the
 * longest code here that prefixes it is flagged {@link #consumerGoods}.
 */
@Entity
public class Industry extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** SECTION 门类, DIVISION 大类, GROUP 中类, CLASS 小类 */
    @Column(nullable = false)
    public String level;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "consumer_goods", nullable = false)
    public boolean consumerGoods;

    public String sector;
}
