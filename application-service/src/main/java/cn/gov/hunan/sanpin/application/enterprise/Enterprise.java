package cn.gov.hunan.sanpin.application.enterprise;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An enterprise's facts as last fetched from the 企业服务平台. */
@Entity
public class Enterprise extends PanacheEntityBase {

    @Id
    @Column(name = "credit_code")
    public String creditCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "industry_code", nullable = false)
    public String industryCode;

    @Column(name = "legal_person", nullable = false)
    public boolean legalPerson;

    @Column(name = "above_designated_size", nullable = false)
    public boolean aboveDesignatedSize;

    @Column(name = "reports_normally", nullable = false)
    public boolean reportsNormally;

    @Column(nullable = false)
    public boolean blacklisted;

    @Column(name = "legal_representative")
    public String legalRepresentative;

    @Column(name = "established_on")
    public LocalDate establishedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<YearFigures> figures = new ArrayList<>();

    /** When the platform produced these facts. */
    @Column(name = "retrieved_at", nullable = false)
    public Instant retrievedAt;

    /** When this system fetched them. */
    @Column(name = "fetched_at", nullable = false)
    public Instant fetchedAt;

    /** Revenue, profit and tax of one year, in 万元. */
    public record YearFigures(int year, BigDecimal revenue, BigDecimal profit, BigDecimal tax) {
    }
}
