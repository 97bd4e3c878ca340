package cn.gov.hunan.sanpin.common.problem;

import java.util.List;

/**
 * A failure the caller can act on, answered as RFC 9457 problem details. {@code kind} is the stable last
 * segment of the problem type URI and the key of its title and detail in the message bundles
 * ({@code problem.<kind>.title}, {@code problem.<kind>.detail}); {@code args} fill the detail.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final transient Object[] args;
    private final transient List<FieldProblem> fieldProblems;

    public ProblemException(int status, String kind, List<FieldProblem> fieldProblems, Object... args) {
        super(kind);
        this.status = status;
        this.kind = kind;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    /**
     * 422: the request is well formed but breaks a business rule; each broken rule names its field. {@code args}
     * fill the detail.
     */
    public static ProblemException unprocessable(String kind, List<FieldProblem> fieldProblems, Object... args) {
        return new ProblemException(422, kind, fieldProblems, args);
    }

    /** 409: the request conflicts with the current state of the resource. */
    public static ProblemException conflict(String kind, Object... args) {
        return new ProblemException(409, kind, List.of(), args);
    }

    /** 403: the caller may see the resource but its role or unit may not do this. */
    public static ProblemException forbidden(String kind, Object... args) {
        return new ProblemException(403, kind, List.of(), args);
    }

    /** 404: absent, or outside the caller's scope (never say which). */
    public static ProblemException notFound(String kind, Object... args) {
        return new ProblemException(404, kind, List.of(), args);
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
