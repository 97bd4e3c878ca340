package cn.gov.hunan.sanpin.application.enterprise;

import cn.gov.hunan.sanpin.application.platform.EnterprisePlatform;
import cn.gov.hunan.sanpin.application.platform.EnterprisePlatform.PlatformUnavailable;
import cn.gov.hunan.sanpin.application.platform.PlatformConfig;
import cn.gov.hunan.sanpin.application.reference.ReferenceService;
import cn.gov.hunan.sanpin.application.scope.Jurisdiction;
import cn.gov.hunan.sanpin.common.creditcode.CreditCode;
import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import cn.gov.hunan.sanpin.common.security.Actor;
import cn.gov.hunan.sanpin.contract.platform.model.EnterpriseFacts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Enterprises' facts: fetched from the platform, checked (its answers are untrusted input), cached with their
 * retrieval time, and read only within the caller's jurisdiction. The platform is called outside any transaction,
 * so a slow platform never holds a database connection.
 */
@ApplicationScoped
public class EnterpriseService {

    /** The platform's clock may run a little ahead of ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    EnterprisePlatform platform;

    @Inject
    PlatformConfig config;

    @Inject
    ReferenceService references;

    @Inject
    Clock clock;

    /** The enterprise, from the cache while fresh, else fetched now. */
    public Enterprise current(CreditCode code) {
        Optional<Enterprise> cached = QuarkusTransaction.joiningExisting().call(() -> Enterprise.<Enterprise>findByIdOptional(code.value()));
        if (cached.isPresent() && cached.get().fetchedAt.isAfter(clock.instant().minus(config.cacheFor()))) {
            return cached.get();
        }
        return refresh(code);
    }

    /** What we know of an enterprise already, without asking the platform. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Enterprise> known(CreditCode code) {
        return Enterprise.findByIdOptional(code.value());
    }

    /** Fetches the enterprise from the platform now and stores what it says. */
    public Enterprise refresh(CreditCode code) {
        EnterpriseFacts facts = fetch(code);
        return QuarkusTransaction.requiringNew().call(() -> store(facts));
    }

    /** An enterprise in the caller's jurisdiction, or 404 — the same for "absent" and "not yours". */
    public Enterprise inScope(Actor actor, CreditCode code) {
        Jurisdiction scope = Jurisdiction.of(actor, "e.regionCode", "e.creditCode");
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("code", code.value());
        return QuarkusTransaction.joiningExisting().call(() -> Enterprise.<Enterprise>find(
                        "from Enterprise e where e.creditCode = :code and " + scope.condition(), params).firstResultOptional())
                .orElseThrow(() -> ProblemException.notFound("enterprise-unknown", code.value()));
    }

    private EnterpriseFacts fetch(CreditCode code) {
        Optional<EnterpriseFacts> facts;
        try {
            facts = platform.facts(code.value());
        } catch (FaultToleranceException timedOutOrBreakerOpen) {
            throw new PlatformUnavailable();
        }
        EnterpriseFacts answer = facts.orElseThrow(() -> ProblemException.notFound("enterprise-not-on-platform", code.value()));
        checkAnswer(code, answer);
        return answer;
    }

    /** The platform's answer is untrusted input: it must be about the enterprise asked for, in Hunan, and sane. */
    private void checkAnswer(CreditCode asked, EnterpriseFacts answer) {
        if (!asked.value().equals(answer.getCreditCode())) {
            throw PlatformUnavailable.invalidAnswer("another enterprise's record");
        }
        if (answer.getName() == null || answer.getName().isBlank() || answer.getIndustryCode() == null
                || !answer.getIndustryCode().matches("\\d{4}") || answer.getRetrievedAt() == null
                || answer.getRetrievedAt().toInstant().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw PlatformUnavailable.invalidAnswer("incomplete or implausible record");
        }
        if (answer.getRegionCode() == null || references.region(answer.getRegionCode()).filter(r -> r.isCounty()).isEmpty()) {
            throw ProblemException.unprocessable("enterprise-outside-hunan",
                    List.of(new FieldProblem("creditCode", "enterprise-outside-hunan", String.valueOf(answer.getRegionCode()))));
        }
    }

    private Enterprise store(EnterpriseFacts facts) {
        Enterprise e = Enterprise.<Enterprise>findByIdOptional(facts.getCreditCode()).orElseGet(Enterprise::new);
        boolean isNew = e.creditCode == null;
        e.creditCode = facts.getCreditCode();
        e.name = facts.getName().strip();
        e.regionCode = facts.getRegionCode();
        e.industryCode = facts.getIndustryCode();
        e.legalPerson = facts.getLegalPerson();
        e.aboveDesignatedSize = facts.getAboveDesignatedSize();
        e.reportsNormally = facts.getReportsNormally();
        e.blacklisted = facts.getBlacklisted();
        e.legalRepresentative = facts.getLegalRepresentative();
        e.establishedOn = facts.getEstablishedOn();
        e.figures = facts.getRevenueByYear() == null ? List.of() : facts.getRevenueByYear().stream()
                .map(y -> new Enterprise.YearFigures(y.getYear(), y.getRevenueTenThousandYuan(), y.getProfitTenThousandYuan(), y.getTaxTenThousandYuan()))
                .toList();
        e.retrievedAt = facts.getRetrievedAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        e.fetchedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (isNew) {
            e.persist();
        }
        return e;
    }
}
