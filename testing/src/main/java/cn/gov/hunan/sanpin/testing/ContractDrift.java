package cn.gov.hunan.sanpin.testing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Differences between a service's contract (openapi/*.yaml) and the API it really serves (/q/openapi): every
 * path and method, every parameter (where, name, required, schema), every request body and success response
 * (media types and schema), compared after references are resolved and {@code allOf} merged, so that the same
 * API written two ways compares equal. Descriptions, examples and error responses are not compared: SmallRye
 * cannot see which problems a method may answer with.
 */
public final class ContractDrift {

    private ContractDrift() {
    }

    /** One line per difference; empty when the running API is the contract. */
    public static List<String> between(Path contractFile, String runningDocument) {
        OpenAPI contract = parse(new OpenAPIV3Parser().readLocation(contractFile.toAbsolutePath().toString(), null, options()), contractFile.toString());
        OpenAPI running = parse(new OpenAPIV3Parser().readContents(runningDocument, null, options()), "/q/openapi");
        return between(contract, running);
    }

    static List<String> between(OpenAPI contract, OpenAPI running) {
        Map<String, String> expected = signatures(contract);
        Map<String, String> actual = signatures(running);
        List<String> differences = new ArrayList<>();
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String key : keys) {
            String want = expected.get(key);
            String have = actual.get(key);
            if (want == null) {
                differences.add(key + ": served but not in the contract: " + have);
            } else if (have == null) {
                differences.add(key + ": in the contract but not served: " + want);
            } else if (!want.equals(have)) {
                differences.add(key + ":\n    contract: " + want + "\n    served:   " + have);
            }
        }
        return differences;
    }

    private static ParseOptions options() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return options;
    }

    private static OpenAPI parse(SwaggerParseResult result, String source) {
        if (result.getOpenAPI() == null) {
            throw new IllegalArgumentException("cannot read " + source + ": " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    /** "METHOD /path part" → signature, one entry per parameter, body and success response. */
    private static Map<String, String> signatures(OpenAPI api) {
        Map<String, String> out = new TreeMap<>();
        if (api.getPaths() == null) {
            return out;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String at = method + " " + path;
            out.put(at, "operation");
            for (Parameter p : parameters(item, op)) {
                out.put(at + " " + p.getIn() + " parameter '" + p.getName() + "'",
                        (Boolean.TRUE.equals(p.getRequired()) ? "required " : "optional ") + schema(p.getSchema()));
            }
            if (op.getRequestBody() != null) {
                out.put(at + " request body", (Boolean.TRUE.equals(op.getRequestBody().getRequired()) ? "required " : "optional ")
                        + content(op.getRequestBody().getContent()));
            }
            op.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    out.put(at + " response " + status, content(response.getContent()));
                }
            });
        }));
        return out;
    }

    private static List<Parameter> parameters(PathItem item, Operation op) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
            all.addAll(op.getParameters());
        }
        // Headers the platform handles for every operation are not part of any operation's contract.
        all.removeIf(p -> "header".equals(p.getIn()) && "Accept-Language".equalsIgnoreCase(p.getName()));
        return all;
    }

    private static String content(Content content) {
        // Problem media types ride along on every operation (even a 204's); the success body is what the contract fixes.
        String body = content == null ? "" : content.entrySet().stream()
                .filter(e -> !e.getKey().equals("application/problem+json"))
                .map(e -> e.getKey() + " " + schema(e.getValue().getSchema()))
                .sorted().collect(Collectors.joining(" | "));
        return body.isEmpty() ? "no content" : body;
    }

    /** A canonical, order-independent rendering of a resolved schema. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static String schema(Schema schema) {
        if (schema == null) {
            return "any";
        }
        Schema merged = merge(schema);
        StringBuilder s = new StringBuilder();
        s.append(Objects.requireNonNullElse(typeOf(merged), "object"));
        // format: email is enforced by the generated @Email, which SmallRye does not document
        if (merged.getFormat() != null && !"email".equals(merged.getFormat())) {
            s.append('(').append(merged.getFormat()).append(')');
        }
        if (merged.getEnum() != null) {
            s.append(" enum").append(new TreeSet<>(merged.getEnum().stream().map(String::valueOf).toList()));
        }
        appendBound(s, "min", merged.getMinimum());
        appendBound(s, "max", merged.getMaximum());
        if (merged.getMinLength() != null) {
            s.append(" minLength=").append(merged.getMinLength());
        }
        if (merged.getMaxLength() != null) {
            s.append(" maxLength=").append(merged.getMaxLength());
        }
        // SmallRye adds its own regular expression to every uuid; the format already says it.
        if (merged.getPattern() != null && !"uuid".equals(merged.getFormat())) {
            s.append(" pattern=").append(merged.getPattern());
        }
        if (merged.getItems() != null) {
            s.append(" of ").append(schema(merged.getItems()));
        }
        Map<String, Schema> properties = merged.getProperties();
        if (properties != null && !properties.isEmpty()) {
            Set<String> required = merged.getRequired() == null ? Set.of() : new TreeSet<>(merged.getRequired());
            s.append(" {");
            s.append(new TreeMap<>(properties).entrySet().stream()
                    .map(e -> e.getKey() + (required.contains(e.getKey()) ? "*" : "") + ": " + schema(e.getValue()))
                    .collect(Collectors.joining(", ")));
            s.append('}');
        }
        return s.toString();
    }

    private static void appendBound(StringBuilder s, String name, BigDecimal bound) {
        if (bound != null) {
            s.append(' ').append(name).append('=').append(bound.stripTrailingZeros().toPlainString());
        }
    }

    private static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() == null ? null : schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
    }

    /** Folds {@code allOf} parts into one schema: their properties and required lists together. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema merge(Schema schema) {
        if (schema.getAllOf() == null || schema.getAllOf().isEmpty()) {
            return schema;
        }
        if (schema.getAllOf().size() == 1 && (schema.getProperties() == null || schema.getProperties().isEmpty())) {
            // allOf with one $ref only attaches a description to a reused schema: it is that schema
            return merge((Schema) schema.getAllOf().get(0));
        }
        Schema merged = new Schema();
        merged.setType("object");
        Map<String, Schema> properties = new TreeMap<>();
        Set<String> required = new TreeSet<>();
        List<Schema> parts = new ArrayList<>(schema.getAllOf());
        parts.add(schema);
        for (Schema part : parts) {
            Schema flat = part == schema ? part : merge(part);
            if (flat.getProperties() != null) {
                properties.putAll(flat.getProperties());
            }
            if (flat.getRequired() != null) {
                required.addAll(flat.getRequired());
            }
        }
        merged.setProperties(properties);
        merged.setRequired(new ArrayList<>(required));
        return merged;
    }
}
