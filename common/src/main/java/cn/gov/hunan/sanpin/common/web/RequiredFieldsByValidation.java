package cn.gov.hunan.sanpin.common.web;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The generated models mark required properties for Jackson, which would stop at the first missing one with a bare
 * 400. Leaving "required" to Bean Validation (the same models carry {@code @NotNull}) reports every missing field
 * at once, by name, as a 422 in the caller's language.
 */
@Singleton
public class RequiredFieldsByValidation implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        AnnotationIntrospector notRequired = new NopAnnotationIntrospector() {
            @Override
            public Boolean hasRequiredMarker(AnnotatedMember member) {
                return Boolean.FALSE;
            }
        };
        mapper.setAnnotationIntrospector(AnnotationIntrospector.pair(notRequired, mapper.getSerializationConfig().getAnnotationIntrospector()));
    }
}
