package cn.gov.hunan.sanpin.application.evidence;

import cn.gov.hunan.sanpin.common.audit.AuditTrail;
import cn.gov.hunan.sanpin.common.audit.Stamp;
import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Storing and reading evidence. Callers decide whose application it is; this checks what the file is (by its
 * content), how large (while streaming), and stores it under a name of our own with its SHA-256.
 */
@ApplicationScoped
public class EvidenceService {

    public static final String EVIDENCE = "evidence";
    /** The claim of a reviewer's file for a decision, kept beside the enterprise's evidence but never counted as it. */
    public static final String REVIEW_ATTACHMENT = "REVIEW";

    @Inject
    BlobStore blobs;

    @Inject
    EvidenceConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A file received and stored, not yet recorded as evidence. */
    public record Received(String storageName, FileType type, BlobStore.Stored stored) {
    }

    /**
     * Checks what the file is by its first bytes, then streams it into the store (no transaction is open: the
     * network may be slow); an office document is checked by its parts as well, listed at its end. The caller records
     * it with {@link #record} or discards it with {@link #discard}.
     */
    public Received receive(String fileName, InputStream body) {
        return receive(fileName, body, EnumSet.allOf(FileType.class));
    }

    /** Like {@link #receive}, for a signed and stamped scan: a PDF or an image. */
    public Received receiveScan(String fileName, InputStream body) {
        return receive(fileName, body, EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG));
    }

    private Received receive(String fileName, InputStream body, Set<FileType> accepted) {
        FileType claimed = FileType.claimedBy(fileName).filter(accepted::contains).orElseThrow(() ->
                new ProblemException(415, "evidence-type-not-accepted", List.of(new FieldProblem("fileName", "evidence-type-not-accepted", fileName))));
        // a small buffer: enough to look at the first bytes; the store reads in chunks of its own. Closing it lets
        // the rest of a refused body go by unread.
        try (BufferedInputStream in = new BufferedInputStream(body, 8192)) {
            byte[] head = peek(in);
            if (FileType.isExecutable(head)) {
                throw new ProblemException(415, "evidence-executable", List.of(new FieldProblem("body", "evidence-executable", fileName)));
            }
            if (!claimed.matches(head)) {
                throw contentMismatch(fileName, claimed);
            }
            String storageName = HexFormat.of().formatHex(uuidBytes(UUID.randomUUID()));
            ZipDirectory.Tail tail = claimed.isPackage() ? new ZipDirectory.Tail(in) : null;
            BlobStore.Stored stored = blobs.put(storageName, tail == null ? in : tail, config.maxBytes());
            if (tail != null && ZipDirectory.entryNames(tail.bytes()).filter(claimed::hasParts).isEmpty()) {
                blobs.delete(storageName);
                throw contentMismatch(fileName, claimed);
            }
            return new Received(storageName, claimed, stored);
        } catch (BlobStore.TooLarge tooLarge) {
            throw new ProblemException(413, "evidence-too-large", List.of(new FieldProblem("body", "evidence-too-large",
                    config.maxBytes() / (1024 * 1024))));
        } catch (IOException closing) {
            throw new UncheckedIOException("closing the upload", closing);
        }
    }

    /** Records a received file as the application's evidence, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evidence record(Actor actor, UUID applicationId, String fileName, String claim, Received received) {
        Evidence e = new Evidence();
        e.id = UUID.randomUUID();
        e.applicationId = applicationId;
        e.fileName = fileName.strip();
        e.storageName = received.storageName();
        e.mediaType = received.type().mediaType;
        e.claim = claim;
        e.size = received.stored().size();
        e.sha256 = received.stored().sha256();
        e.uploaded = Stamp.of(actor, clock.instant());
        e.persist();
        audit.record(actor, EVIDENCE, e.id, "EVIDENCE_UPLOADED", null,
                Map.of("applicationId", applicationId.toString(), "fileName", e.fileName, "sha256", e.sha256, "size", e.size));
        return e;
    }

    public void discard(Received received) {
        blobs.delete(received.storageName());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Evidence> of(UUID applicationId) {
        return Evidence.list("applicationId", Sort.by("uploaded.at"), applicationId);
    }

    /** The enterprise's own evidence for the application (reviewers' files excluded). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> idsOf(UUID applicationId) {
        return new HashSet<>(Evidence.<Evidence>list("applicationId = ?1 and (claim is null or claim <> ?2)", applicationId, REVIEW_ATTACHMENT)
                .stream().map(e -> e.id).toList());
    }

    /** The reviewers' files for the application's decisions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> reviewAttachmentIdsOf(UUID applicationId) {
        return new HashSet<>(Evidence.<Evidence>list("applicationId = ?1 and claim = ?2", applicationId, REVIEW_ATTACHMENT)
                .stream().map(e -> e.id).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Evidence find(UUID applicationId, UUID evidenceId) {
        return Evidence.<Evidence>find("id = ?1 and applicationId = ?2", evidenceId, applicationId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("evidence-unknown", evidenceId));
    }

    public InputStream content(Evidence evidence) {
        return content(evidence.storageName);
    }

    /** A stored file by the name it is stored under (evidence, or a unit's stamped scan). */
    public InputStream content(String storageName) {
        return blobs.open(storageName);
    }

    private static ProblemException contentMismatch(String fileName, FileType claimed) {
        return new ProblemException(415, "evidence-content-mismatch", List.of(new FieldProblem("body", "evidence-content-mismatch",
                fileName, claimed.name())));
    }

    private static byte[] peek(BufferedInputStream in) {
        try {
            in.mark(FileType.HEAD_BYTES);
            byte[] head = in.readNBytes(FileType.HEAD_BYTES);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload", e);
        }
    }

    private static byte[] uuidBytes(UUID id) {
        return java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
