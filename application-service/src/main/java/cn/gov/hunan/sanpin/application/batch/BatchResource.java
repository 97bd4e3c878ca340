package cn.gov.hunan.sanpin.application.batch;

import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.CurrentActor;
import cn.gov.hunan.sanpin.common.security.Roles;
import cn.gov.hunan.sanpin.common.web.PageRequest;
import cn.gov.hunan.sanpin.contract.application.api.BatchesApi;
import cn.gov.hunan.sanpin.contract.application.model.AuditEntry;
import cn.gov.hunan.sanpin.contract.application.model.Batch;
import cn.gov.hunan.sanpin.contract.application.model.BatchDraft;
import cn.gov.hunan.sanpin.contract.application.model.BatchPage;
import cn.gov.hunan.sanpin.contract.application.model.BatchStatus;
import cn.gov.hunan.sanpin.contract.application.model.BatchUpdate;
import cn.gov.hunan.sanpin.contract.application.model.DeadlineExtensionDraft;
import cn.gov.hunan.sanpin.contract.application.model.PageMeta;
import cn.gov.hunan.sanpin.contract.application.model.PublicBatch;
import cn.gov.hunan.sanpin.contract.application.model.StateChange;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Authenticated
public class BatchResource implements BatchesApi {

    @Inject
    BatchService batches;

    @Inject
    BatchMapper mapper;

    @Inject
    CurrentActor actor;

    @Override
    public BatchPage listBatches(Integer page, Integer size, String sort, BatchStatus status, Integer year) {
        PageRequest request = PageRequest.of(page, size, sort, BatchService.SORTABLE, Sort.descending("year"));
        BatchService.BatchPage result = batches.list(Optional.ofNullable(status).map(s -> cn.gov.hunan.sanpin.application.batch.Batch.Status.valueOf(s.toString())),
                Optional.ofNullable(year), request);
        return new BatchPage().items(result.items().stream().map(mapper::toApi).toList())
                .page(new PageMeta().number(request.page()).size(request.size())
                        .totalElements(result.totalElements()).totalPages(request.totalPages(result.totalElements())));
    }

    @Override
    @PermitAll
    public List<PublicBatch> listPublicBatches() {
        return mapper.toPublic(batches.openBatches());
    }

    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public Batch createBatch(BatchDraft draft) {
        return mapper.toApi(batches.create(actor.get(), draft));
    }

    @Override
    public Batch getBatch(UUID batchId) {
        return batches.find(batchId).map(mapper::toApi).orElseThrow(() -> ProblemException.notFound("batch-unknown", batchId));
    }

    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public Batch updateBatch(UUID batchId, BatchUpdate update) {
        return mapper.toApi(batches.update(actor.get(), batchId, BatchMapper.draftOf(update), update.getVersion()));
    }

    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public Batch openBatch(UUID batchId, StateChange change) {
        return mapper.toApi(batches.open(actor.get(), batchId, change.getReason()));
    }

    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public Batch extendBatchDeadlines(UUID batchId, DeadlineExtensionDraft extension) {
        return mapper.toApi(batches.extend(actor.get(), batchId, extension.getVersion(), extension.getDeadlines(), extension.getReason()));
    }

    @Override
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public Batch closeBatch(UUID batchId, StateChange change) {
        return mapper.toApi(batches.close(actor.get(), batchId, change.getReason()));
    }

    @Override
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.AUDITOR})
    public List<AuditEntry> getBatchHistory(UUID batchId) {
        return batches.history(batchId).stream().map(e -> new AuditEntry().action(e.action)
                .at(e.occurredAt.atOffset(ZoneOffset.UTC)).by(e.actor).byName(e.actorName).unit(e.actorUnit).reason(e.reason))
                .toList();
    }
}
