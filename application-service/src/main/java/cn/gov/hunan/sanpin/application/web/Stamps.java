package cn.gov.hunan.sanpin.application.web;

import cn.gov.hunan.sanpin.common.audit.Stamp;
import cn.gov.hunan.sanpin.contract.application.model.AuditStamp;
import java.time.ZoneOffset;

/** Maps the entity-side {@link Stamp} to the contract's {@code AuditStamp}. */
public final class Stamps {

    private Stamps() {
    }

    public static AuditStamp toApi(Stamp stamp) {
        if (stamp == null || stamp.at == null) {
            return null;
        }
        return new AuditStamp().at(stamp.at.atOffset(ZoneOffset.UTC)).by(stamp.by).byName(stamp.byName).unit(stamp.unit);
    }
}
