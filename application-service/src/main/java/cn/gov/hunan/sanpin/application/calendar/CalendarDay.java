package cn.gov.hunan.sanpin.application.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An exception to the Monday–Friday rule: a public holiday (放假) or a make-up working day (调休上班). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {

    @Id
    public LocalDate day;

    /** HOLIDAY or MAKEUP_WORKDAY */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String name;

    /** Not yet confirmed by the State Council's notice for the year. */
    @Column(nullable = false)
    public boolean provisional;

    @Column(nullable = false)
    public String source;
}
