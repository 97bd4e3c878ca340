package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.application.Application;
import cn.gov.hunan.sanpin.contract.application.model.RecommendingUnitKind;
import java.util.List;

/**
 * The recommending unit's 真实性、完整性审查 as recorded, claim by claim, for its letter to state. The review workflow
 * keeps the checks; this is how the letter asks without depending on it.
 */
public interface RecordedChecks {

    List<RecommendationLetter.RecordedCheck> recordedBy(RecommendingUnitKind unit, Application a);
}
