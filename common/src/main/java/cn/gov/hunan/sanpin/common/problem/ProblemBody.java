package cn.gov.hunan.sanpin.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/** The RFC 9457 body, shaped as {@code Problem} in openapi/common.yaml. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(URI type, String title, int status, String detail, String instance, List<Error> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://sanpin.gxt.hunan.gov.cn/problems/";

    public record Error(String field, String message, String code) {
    }
}
