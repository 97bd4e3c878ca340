package cn.gov.hunan.sanpin.common.problem;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;

/**
 * Bean Validation's violations in our words. Hibernate Validator's bundles tell people "不能为null", "个数必须在0和200之间"
 * for a text and show them regular expressions; every constraint the contract generates (NotNull, Size, Pattern, Min,
 * Max, DecimalMin, DecimalMax, Email) is worded instead by a {@code constraint.*} entry of the common bundles, a size
 * by what it counts (characters or items) and which bounds it has. A constraint of our own keeps its own message.
 */
final class ConstraintWording {

    private ConstraintWording() {
    }

    static String of(ConstraintViolation<?> violation, Locale locale, ProblemMessages messages) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String key;
        Object[] args;
        switch (constraint) {
            case "Size" -> {
                int min = (Integer) attributes.get("min");
                int max = (Integer) attributes.get("max");
                String counted = violation.getInvalidValue() instanceof CharSequence ? "text" : "items";
                String bounds = min == max ? "exactly" : min == 0 ? "at-most" : max == Integer.MAX_VALUE ? "at-least" : "between";
                key = "constraint.Size." + counted + "." + bounds;
                args = new Object[] {min, max};
            }
            case "Min", "Max" -> {
                key = "constraint." + constraint;
                args = new Object[] {attributes.get("value")};
            }
            case "DecimalMin", "DecimalMax" -> {
                key = "constraint." + constraint + (Boolean.TRUE.equals(attributes.get("inclusive")) ? "" : ".exclusive");
                args = new Object[] {attributes.get("value")};
            }
            default -> {
                key = "constraint." + constraint;
                args = new Object[0];
            }
        }
        String text = messages.text(locale, key, args);
        return text.equals(key) ? violation.getMessage() : text;
    }
}
