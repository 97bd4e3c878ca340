package cn.gov.hunan.sanpin.application.web;

import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import java.util.Optional;

/** The reason a change records: the contract requires one, but its minimum length lets a few spaces through. */
public final class Reasons {

    private Reasons() {
    }

    public static Optional<FieldProblem> missing(String field, String reason) {
        return reason == null || reason.isBlank() ? Optional.of(new FieldProblem(field, "reason-required")) : Optional.empty();
    }
}
