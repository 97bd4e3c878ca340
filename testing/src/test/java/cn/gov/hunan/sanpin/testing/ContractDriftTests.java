package cn.gov.hunan.sanpin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparator finds every kind of drift the contract check promises, and nothing in equal APIs written apart. */
class ContractDriftTests {

    static final String CONTRACT = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /items/{id}:
                get:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
                    - {name: size, in: query, schema: {type: integer, format: int32, maximum: 200}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Full'}
            components:
              schemas:
                Draft:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string, maxLength: 10}
                    kind: {type: string, enum: [A, B]}
                Full:
                  allOf:
                    - $ref: '#/components/schemas/Draft'
                    - type: object
                      required: [id]
                      properties:
                        id: {type: string, format: uuid}
            """;

    static OpenAPI parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI();
    }

    static List<String> driftTo(String served) {
        return ContractDrift.between(parse(CONTRACT), parse(served));
    }

    @Test
    void theSameApiWrittenFlatAndWithSmallRyesUuidPatternHasNoDrift() {
        String flat = CONTRACT.replace("""
                Full:
                  allOf:
                    - $ref: '#/components/schemas/Draft'
                    - type: object
                      required: [id]
                      properties:
                        id: {type: string, format: uuid}""", """
                Full:
                  type: object
                  required: [id, name]
                  properties:
                    id: {type: string, format: uuid, pattern: '[a-f0-9-]{36}'}
                    name: {type: string, maxLength: 10}
                    kind: {type: string, enum: [B, A]}""");
        assertEquals(List.of(), driftTo(flat));
    }

    @Test
    void anOperationAddedInCodeIsDrift() {
        String served = CONTRACT.replace("paths:\n", "paths:\n  /items:\n    post:\n      responses:\n        '200': {description: ok}\n");
        List<String> drift = driftTo(served);
        assertEquals(List.of("POST /items: served but not in the contract: operation",
                "POST /items response 200: served but not in the contract: no content"), drift);
    }

    @Test
    void aChangedParameterIsDrift() {
        List<String> drift = driftTo(CONTRACT.replace("maximum: 200", "maximum: 500"));
        assertEquals(1, drift.size(), drift::toString);
        assertTrue(drift.getFirst().startsWith("GET /items/{id} query parameter 'size'"), drift::toString);
    }

    @Test
    void aPropertyThatIsNoLongerRequiredOrChangedTypeIsDrift() {
        assertEquals(1, driftTo(CONTRACT.replace("required: [name]", "required: []")).size());
        assertEquals(1, driftTo(CONTRACT.replace("name: {type: string, maxLength: 10}", "name: {type: integer}")).size());
        assertEquals(1, driftTo(CONTRACT.replace("enum: [A, B]", "enum: [A, B, C]")).size());
    }

    @Test
    void aDifferentSuccessStatusIsDrift() {
        List<String> drift = driftTo(CONTRACT.replace("'200':", "'201':"));
        assertEquals(2, drift.size(), drift::toString);
    }
}
