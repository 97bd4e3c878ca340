package cn.gov.hunan.sanpin.application.edition;

import cn.gov.hunan.sanpin.common.audit.Stamp;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A policy (办法) and the parameters taken from it; a revised policy is a new edition. */
@Entity
@Table(name = "policy_edition")
public class PolicyEdition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "document_number", nullable = false, unique = true)
    public String documentNumber;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String issuer;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** Last day of validity. */
    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    @Column(name = "annual_quota", nullable = false)
    public int annualQuota;

    @Column(name = "minimum_special_works", nullable = false)
    public int minimumSpecialWorks;

    @Column(name = "re_review_period_years", nullable = false)
    public int reReviewPeriodYears;

    @Column(name = "bad_record_lookback_years", nullable = false)
    public int badRecordLookbackYears;

    @Column(name = "brand_spending_lookback_years", nullable = false)
    public int brandSpendingLookbackYears;

    @Version
    public long version;

    @Embedded
    public Stamp created;

    /** In force on the given day. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && !day.isAfter(expiresOn);
    }
}
