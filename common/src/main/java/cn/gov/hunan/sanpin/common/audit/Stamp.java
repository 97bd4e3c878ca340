package cn.gov.hunan.sanpin.common.audit;

import cn.gov.hunan.sanpin.common.security.Actor;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Who did something, for which unit, and when — embedded in an entity beside the state it changed (created,
 * opened, decided …). Its columns are named by their path, e.g. {@code created_at}, {@code created_by_name}.
 */
@Embeddable
public class Stamp {

    public Instant at;
    public String by;
    public String byName;
    public String unit;

    public static Stamp of(Actor actor, Instant at) {
        Stamp stamp = new Stamp();
        stamp.at = at.truncatedTo(ChronoUnit.MICROS);
        stamp.by = actor.username();
        stamp.byName = actor.displayName();
        stamp.unit = actor.unitName().orElse(null);
        return stamp;
    }
}
