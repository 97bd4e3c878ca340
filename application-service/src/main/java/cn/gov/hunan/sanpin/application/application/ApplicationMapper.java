package cn.gov.hunan.sanpin.application.application;

import cn.gov.hunan.sanpin.application.reference.ReferenceMapper;
import cn.gov.hunan.sanpin.application.reference.ReferenceService;
import cn.gov.hunan.sanpin.application.web.Stamps;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationSummary;
import cn.gov.hunan.sanpin.contract.application.model.FrozenFacts;
import cn.gov.hunan.sanpin.contract.application.model.Region;
import cn.gov.hunan.sanpin.contract.application.model.ReviewRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.Set;

@ApplicationScoped
public class ApplicationMapper {

    @Inject
    ReferenceService references;

    @Inject
    ReviewProgress progress;

    /** The application as {@code viewer} sees it: with their turn to decide, when it is theirs. */
    public cn.gov.hunan.sanpin.contract.application.model.Application toApi(Application a, Actor viewer) {
        return new cn.gov.hunan.sanpin.contract.application.model.Application()
                .id(a.id).batchId(a.batch.id).batchYear(a.batch.year).formVersion(a.formVersion)
                .creditCode(a.creditCode).enterpriseName(a.enterpriseName).region(region(a.regionCode))
                .status(a.status).version(a.version).content(a.content).eligibility(a.eligibility)
                .route(a.route == null ? null : ReviewRoute.fromValue(a.route)).reviewingRegion(a.reviewingRegion)
                .frozenFacts(a.frozenSha256 == null ? null : new FrozenFacts()
                        .retrievedAt(a.frozenRetrievedAt.atOffset(ZoneOffset.UTC)).sha256(a.frozenSha256))
                .created(Stamps.toApi(a.created)).updated(Stamps.toApi(a.updated)).submitted(Stamps.toApi(a.submitted))
                .turn(progress.turnOf(viewer, a).orElse(null)).resubmission(progress.resubmissionOf(a).orElse(null));
    }

    /** One row of a list; where it waits for a decision, with the phase deadline and the working days left. */
    public ApplicationSummary toSummary(Application a, Set<String> reservePool) {
        ApplicationSummary summary = new ApplicationSummary().id(a.id).batchYear(a.batch.year).creditCode(a.creditCode)
                .enterpriseName(a.enterpriseName).region(region(a.regionCode)).status(a.status)
                .mechanicalFailures(a.mechanicalFailures).reviewingRegion(a.reviewingRegion)
                .industryCode(a.frozenFacts == null ? null : (String) a.frozenFacts.get("industryCode"))
                .reservePool(reservePool.contains(a.creditCode))
                .updatedAt((a.updated != null ? a.updated.at : a.created.at).atOffset(ZoneOffset.UTC));
        progress.deadline(a).ifPresent(d -> summary.dueOn(d.dueOn()).workingDaysLeft(d.workingDaysLeft()));
        return summary;
    }

    public cn.gov.hunan.sanpin.contract.application.model.Evidence toApi(cn.gov.hunan.sanpin.application.evidence.Evidence e) {
        return new cn.gov.hunan.sanpin.contract.application.model.Evidence().id(e.id).fileName(e.fileName)
                .mediaType(e.mediaType).size(e.size).sha256(e.sha256).claim(e.claim).uploaded(Stamps.toApi(e.uploaded));
    }

    private Region region(String code) {
        return references.region(code).map(ReferenceMapper::toApi).orElseThrow();
    }
}
