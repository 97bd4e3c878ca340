package cn.gov.hunan.sanpin.common.idempotency;

import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Makes a state-changing POST safe to retry (Idempotency-Key). The key is claimed in the caller's transaction,
 * before the change; a concurrent duplicate waits on the key's row until the first commits, then replays.
 */
@ApplicationScoped
public class IdempotentRequests {

    @Inject
    EntityManager em;

    /** A claimed key: either new (do the work, then {@link Claim#complete}) or already done (replay its result). */
    public final class Claim {
        private final String scope;
        private final String key;
        private final Optional<String> previousResult;

        private Claim(String scope, String key, Optional<String> previousResult) {
            this.scope = scope;
            this.key = key;
            this.previousResult = previousResult;
        }

        /** The result of the first request with this key, if this one is a retry. */
        public Optional<String> previousResult() {
            return previousResult;
        }

        /** Records what the first request produced, e.g. the id of what it changed. */
        public void complete(String resultRef) {
            em.createNativeQuery("update idempotent_request set result_ref = :result where scope = :scope and key = :key")
                    .setParameter("result", resultRef).setParameter("scope", scope).setParameter("key", key).executeUpdate();
        }
    }

    /**
     * Claims the key for this scope (e.g. "submit:<application id>") and request body.
     *
     * @throws ProblemException 422 when the key was used before with a different request
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(String scope, String key, String requestBody) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw ProblemException.unprocessable("validation", List.of(new FieldProblem("Idempotency-Key", "idempotency-key-required")));
        }
        String hash = sha256(requestBody);
        int inserted = em.createNativeQuery("insert into idempotent_request (scope, key, request_hash, result_ref) "
                        + "values (:scope, :key, :hash, '') on conflict do nothing")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash).executeUpdate();
        if (inserted == 1) {
            return new Claim(scope, key, Optional.empty());
        }
        Object[] earlier = (Object[]) em.createNativeQuery("select request_hash, result_ref from idempotent_request where scope = :scope and key = :key")
                .setParameter("scope", scope).setParameter("key", key).getSingleResult();
        if (!hash.equals(earlier[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused", List.of(new FieldProblem("Idempotency-Key", "idempotency-key-reused", key)));
        }
        return new Claim(scope, key, Optional.of((String) earlier[1]));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
