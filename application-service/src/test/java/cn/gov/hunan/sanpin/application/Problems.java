package cn.gov.hunan.sanpin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.hunan.sanpin.contract.application.client.ApiException;
import cn.gov.hunan.sanpin.contract.application.model.FieldError;
import cn.gov.hunan.sanpin.contract.application.model.Problem;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** Asserts that a generated-client call fails with a given status and returns its problem body. */
public final class Problems {

    private Problems() {
    }

    public static Problem expect(int status, Executable call) {
        ApiException failure = assertThrows(ApiException.class, call);
        assertEquals(status, failure.getResponse().getStatus(), () -> failure.getResponse().readEntity(String.class));
        if (status == 401) {
            return null;
        }
        assertEquals("application/problem+json", failure.getResponse().getMediaType().toString());
        return failure.getResponse().readEntity(Problem.class);
    }

    /** The HTTP status a generated-client call failed with. */
    public static int statusOf(Exception failure) {
        if (failure instanceof ApiException api) {
            return api.getResponse().getStatus();
        }
        throw new AssertionError("not an answered call", failure);
    }

    public static Optional<FieldError> field(Problem problem, String field) {
        return problem.getErrors().stream().filter(e -> e.getField().equals(field)).findFirst();
    }
}
