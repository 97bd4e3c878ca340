package cn.gov.hunan.sanpin.common.problem;

import cn.gov.hunan.sanpin.common.web.StrictJson;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Input that cannot be read as the contract's types, worded as a problem naming the field: a JSON body's field by
 * its path ({@code content.specialWorks[0].periodFrom}), a parameter by its name. 400 when the JSON or a value's
 * type is wrong; 422 when a well-formed value is refused (a NUL character, a number out of range).
 */
public final class InputProblems {

    /** The field code for a value that is not of its type; a type not listed is an object. */
    private static final Map<Class<?>, String> EXPECTED = Map.ofEntries(
            Map.entry(Integer.class, "expected-integer"), Map.entry(int.class, "expected-integer"),
            Map.entry(Long.class, "expected-integer"), Map.entry(long.class, "expected-integer"),
            Map.entry(BigDecimal.class, "expected-number"),
            Map.entry(Boolean.class, "expected-boolean"), Map.entry(boolean.class, "expected-boolean"),
            Map.entry(String.class, "expected-text"),
            Map.entry(LocalDate.class, "expected-date"),
            Map.entry(OffsetDateTime.class, "expected-date-time"),
            Map.entry(UUID.class, "expected-uuid"));

    private InputProblems() {
    }

    /** A body Jackson could not or would not read. */
    public static ProblemException ofJson(JsonProcessingException e) {
        JacksonException cause = e.getCause() instanceof JacksonException inner ? inner : e;
        String field = fieldOf(e, cause);
        if (cause instanceof StrictJson.RefusedValue refused) {
            return refused(field, refused.code());
        }
        if (cause instanceof InputCoercionException) {
            return refused(field, "number-out-of-range"); // an integer beyond 32 or 64 bits
        }
        if (field.isEmpty()) {
            return malformed(List.of());
        }
        if (cause instanceof StreamConstraintsException limit) {
            // Jackson names the limit only in its message; ours narrows the depth and keeps its other defaults
            return malformed(field, limit.getMessage().contains("nesting depth") ? "too-deep" : "too-long", StrictJson.MAX_NESTING_DEPTH);
        }
        if (cause instanceof JsonParseException parse && parse.getOriginalMessage().startsWith("Duplicate field")) {
            return malformed(field, "duplicate-key");
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return malformed(List.of(expected(field, mismatch.getTargetType())));
        }
        if (cause instanceof ValueInstantiationException refused && refused.getType().isEnumType()) {
            return malformed(List.of(expected(field, refused.getType().getRawClass()))); // a generated enum's fromValue
        }
        return malformed(field, "unreadable");
    }

    /** A path or query parameter that is not a value of its type. */
    public static ProblemException ofParameter(String name, Class<?> type) {
        return malformed(List.of(expected(name, type)));
    }

    /** A text parameter with a NUL character: PostgreSQL would refuse it. */
    public static ProblemException nulInParameter(String name) {
        return refused(name, "nul-character");
    }

    /** What a value of the given type looks like, in the words a caller (and the web client) understands. */
    private static FieldProblem expected(String field, Class<?> type) {
        if (type.isEnum()) {
            return new FieldProblem(field, "expected-one-of",
                    Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
        }
        String code = EXPECTED.getOrDefault(type, Collection.class.isAssignableFrom(type) || type.isArray() ? "expected-array" : "expected-object");
        return new FieldProblem(field, code);
    }

    /**
     * Where the failure is. A parser's own failure (a key given twice, a number too large for its type) is placed
     * by the parser, at the key itself; a mapping failure by Jackson's path, which ends at the field being mapped.
     */
    private static String fieldOf(JsonProcessingException e, JacksonException cause) {
        if (cause instanceof StreamReadException read && read.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            return pathOf(parser.getParsingContext());
        }
        if (e instanceof JsonMappingException mapping) {
            return mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
        }
        return "";
    }

    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            }
        }
        return String.join("", parts).replaceFirst("^\\.", "");
    }

    private static ProblemException malformed(String field, String code, Object... args) {
        return malformed(List.of(new FieldProblem(field, code, args)));
    }

    private static ProblemException malformed(List<FieldProblem> problems) {
        return new ProblemException(400, "malformed-request", problems);
    }

    private static ProblemException refused(String field, String code) {
        return ProblemException.unprocessable("validation", List.of(new FieldProblem(field, code)));
    }
}
