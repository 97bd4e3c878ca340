package cn.gov.hunan.sanpin.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * JSON is read as written or refused, never bent into shape: a key given twice, a year of 2025.7 (Jackson would
 * keep 2025), text after the document, nesting deeper than any body of ours, a NUL character (PostgreSQL refuses it
 * in text and jsonb) or a number no figure of ours comes near (1e400 would be stored as it is). Each refusal is a
 * Jackson exception carrying the field's path; {@code InputProblems} words it.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Our deepest bodies (content → part → list → item → value) are five levels deep. */
    public static final int MAX_NESTING_DEPTH = 20;

    /** Counts and amounts in 万元 stay far below this; PostgreSQL's numeric would take 1e400 as it is. */
    public static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(15);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("sanpin-strict-values")
                .addDeserializer(String.class, new TextWithoutNul())
                .addKeyDeserializer(String.class, new KeyWithoutNul())
                .addDeserializer(BigDecimal.class, new BoundedDecimal()));
    }

    /** A value read correctly and refused all the same; {@code code} names the rule, as a field problem's. */
    public static final class RefusedValue extends JsonMappingException {

        private final String code;

        RefusedValue(JsonParser parser, String code) {
            super(parser, code);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    static final class TextWithoutNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return withoutNul(super.deserialize(p, ctxt), p);
        }
    }

    static final class KeyWithoutNul extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return withoutNul(key, ctxt.getParser());
        }
    }

    static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = super.deserialize(p, ctxt);
            if (value != null && value.abs().compareTo(MAX_MAGNITUDE) >= 0) {
                throw new RefusedValue(p, "number-out-of-range");
            }
            return value;
        }
    }

    private static String withoutNul(String text, JsonParser p) throws RefusedValue {
        if (text != null && text.indexOf('\0') >= 0) {
            throw new RefusedValue(p, "nul-character");
        }
        return text;
    }
}
