package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.application.ApplicationMapper;
import cn.gov.hunan.sanpin.application.batch.Batch;
import cn.gov.hunan.sanpin.application.batch.BatchService;
import cn.gov.hunan.sanpin.application.enterprise.EnterpriseService;
import cn.gov.hunan.sanpin.application.evidence.EvidenceService;
import cn.gov.hunan.sanpin.application.reference.ReferenceMapper;
import cn.gov.hunan.sanpin.application.reservepool.ReservePool;
import cn.gov.hunan.sanpin.application.reservepool.ReservePoolEntry;
import cn.gov.hunan.sanpin.application.web.Stamps;
import cn.gov.hunan.sanpin.common.creditcode.CreditCodes;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.CurrentActor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.contract.application.api.RecommendationsApi;
import cn.gov.hunan.sanpin.contract.application.model.Evidence;
import cn.gov.hunan.sanpin.contract.application.model.Recommendation;
import cn.gov.hunan.sanpin.contract.application.model.RecommendationRanking;
import cn.gov.hunan.sanpin.contract.application.model.RecommendationStatus;
import cn.gov.hunan.sanpin.contract.application.model.StateChange;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Authenticated
public class RecommendationResource implements RecommendationsApi {

    @Inject
    RecommendationService recommendations;

    @Inject
    ReservePool reservePool;

    @Inject
    LetterMapper letters;

    @Inject
    RecommendationDocuments documents;


    @Inject
    BatchService batches;

    @Inject
    EnterpriseService enterprises;

    @Inject
    ApplicationMapper applications;

    @Inject
    EvidenceService evidence;

    @Inject
    CurrentActor actor;

    @Inject
    HttpServerResponse response;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Roles.CITY_OFFICER, Roles.COUNTY_OFFICER})
    public Recommendation getRecommendation(UUID batchId) {
        Batch batch = batches.find(batchId).orElseThrow(() -> ProblemException.notFound("batch-unknown", batchId));
        var unit = recommendations.unitOf(actor.get());
        return recommendations.current(batchId, unit).map(this::toApi).orElseGet(() -> new Recommendation().batchId(batchId)
                .unitRegion(ReferenceMapper.toApi(unit.region())).unitName(unit.name()).status(RecommendationStatus.DRAFT)
                .cap(recommendations.capFor(batch, unit)).reservePoolFirst(batch.reservePoolPriority).version(0L));
    }

    @Override
    @RolesAllowed({Roles.CITY_OFFICER, Roles.COUNTY_OFFICER})
    public Recommendation rankRecommendation(UUID batchId, RecommendationRanking ranking) {
        return toApi(recommendations.rank(actor.get(), batchId, ranking.getVersion(), ranking.getApplicationIds()));
    }

    @Override
    @RolesAllowed({Roles.CITY_OFFICER, Roles.COUNTY_OFFICER})
    public InputStream downloadRecommendationLetter(UUID batchId) {
        return document(currentList(batchId), "推荐函.pdf", documents::writeLetterPdf);
    }

    @Override
    @RolesAllowed({Roles.CITY_OFFICER, Roles.COUNTY_OFFICER})
    public InputStream downloadRecommendationSummary(UUID batchId) {
        return document(currentList(batchId), "推荐汇总表.xlsx", documents::writeSummaryXlsx);
    }

    @Override
    @RolesAllowed({Roles.CITY_OFFICER, Roles.COUNTY_OFFICER})
    public Recommendation submitRecommendationScan(UUID batchId, String fileName, InputStream body) {
        return toApi(recommendations.finalise(actor.get(), batchId, fileName, body));
    }

    @Override
    @RolesAllowed({Roles.CITY_OFFICER, Roles.COUNTY_OFFICER})
    public Recommendation takeBackRecommendation(UUID batchId, UUID applicationId, StateChange change) {
        return toApi(recommendations.takeBack(actor.get(), batchId, applicationId, change.getReason()));
    }

    @Override
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER})
    public List<Recommendation> listRecommendations(UUID batchId, RecommendationStatus status) {
        batches.find(batchId).orElseThrow(() -> ProblemException.notFound("batch-unknown", batchId));
        Set<String> pool = reservePool.creditCodes();
        return recommendations.letters(actor.get(), batchId, Optional.ofNullable(status)
                .map(wanted -> RecommendationList.Status.valueOf(wanted.name()))).stream().map(list -> toApi(list, pool)).toList();
    }

    @Override
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER})
    public InputStream downloadRecommendationLetterOf(UUID batchId, UUID recommendationId) {
        RecommendationList list = recommendations.letter(actor.get(), batchId, recommendationId);
        return document(list, list.unitName + "推荐函.pdf", documents::writeLetterPdf);
    }

    @Override
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER})
    public InputStream downloadRecommendationSummaryOf(UUID batchId, UUID recommendationId) {
        RecommendationList list = recommendations.letter(actor.get(), batchId, recommendationId);
        return document(list, list.unitName + "推荐汇总表.xlsx", documents::writeSummaryXlsx);
    }

    @Override
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER})
    public InputStream downloadRecommendationScan(UUID batchId, UUID recommendationId) {
        RecommendationList list = recommendations.letter(actor.get(), batchId, recommendationId);
        if (list.scan == null || list.scan.storageName == null) {
            throw ProblemException.conflict("recommendation-scan-missing");
        }
        attachment(list.scan.fileName);
        response.putHeader("X-Content-Type", list.scan.mediaType);
        response.putHeader("X-Content-Type-Options", "nosniff");
        return evidence.content(list.scan.storageName);
    }

    @Override
    public List<cn.gov.hunan.sanpin.contract.application.model.ReservePoolEntry> listReservePool() {
        return reservePool.entries().stream().map(RecommendationResource::toApi).toList();
    }

    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public cn.gov.hunan.sanpin.contract.application.model.ReservePoolEntry addToReservePool(String creditCode, StateChange change) {
        var code = CreditCodes.require("creditCode", creditCode);
        String name = enterprises.known(code).map(e -> e.name).orElse(null);
        return toApi(reservePool.add(actor.get(), code.value(), name, change.getReason()));
    }

    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public void removeFromReservePool(String creditCode, String reason) {
        reservePool.remove(actor.get(), creditCode, reason);
    }

    private interface Writer {
        void write(RecommendationLetter letter, java.io.OutputStream out) throws IOException;
    }

    private RecommendationList currentList(UUID batchId) {
        return recommendations.current(batchId, recommendations.unitOf(actor.get())).filter(l -> !l.entries.isEmpty())
                .orElseThrow(() -> ProblemException.conflict("recommendation-empty"));
    }

    /**
     * A document of a list, built in memory (tens of kilobytes) so a failure is still a problem. A final list's letter
     * is dated the day its stamped scan was uploaded, so it reads the same whenever it is downloaded.
     */
    private InputStream document(RecommendationList list, String fileName, Writer writer) {
        LocalDate date = list.finalized == null ? LocalDate.now(clock) : LocalDate.ofInstant(list.finalized.at, clock.getZone());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(letters.of(list, date), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        attachment(fileName);
        return new ByteArrayInputStream(out.toByteArray());
    }

    private void attachment(String fileName) {
        response.putHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private Recommendation toApi(RecommendationList list) {
        return toApi(list, reservePool.creditCodes());
    }

    private Recommendation toApi(RecommendationList list, Set<String> pool) {
        var unit = recommendations.unitOf(list);
        return new Recommendation().id(list.id).sequence(list.sequence).batchId(list.batch.id)
                .unitRegion(ReferenceMapper.toApi(unit.region())).unitName(list.unitName)
                .status(RecommendationStatus.fromValue(list.status.name())).cap(recommendations.capFor(list.batch, unit))
                .reservePoolFirst(list.batch.reservePoolPriority).version(list.version)
                .entries(list.entries.stream().map(e -> new cn.gov.hunan.sanpin.contract.application.model.RecommendationEntry()
                        .rank(e.rank).opinion(e.opinion).application(applications.toSummary(e.application, pool).recommendationRank(e.rank))).toList())
                .scan(list.scan == null || list.scan.storageName == null ? null : new Evidence().id(list.id).fileName(list.scan.fileName)
                        .mediaType(list.scan.mediaType).size(list.scan.size).sha256(list.scan.sha256).uploaded(Stamps.toApi(list.finalized)))
                .finalized(Stamps.toApi(list.finalized));
    }

    private static cn.gov.hunan.sanpin.contract.application.model.ReservePoolEntry toApi(ReservePoolEntry e) {
        return new cn.gov.hunan.sanpin.contract.application.model.ReservePoolEntry().creditCode(e.creditCode)
                .enterpriseName(e.enterpriseName).reason(e.reason).added(Stamps.toApi(e.added));
    }
}
