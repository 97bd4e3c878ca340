package cn.gov.hunan.sanpin.common.problem;

/**
 * One field's problem. {@code code} names the rule (e.g. {@code cap-exceeds-quota}); its message is the
 * {@code field.<code>} entry of the message bundles, formatted with {@code args}.
 */
public record FieldProblem(String field, String code, Object... args) {
}
