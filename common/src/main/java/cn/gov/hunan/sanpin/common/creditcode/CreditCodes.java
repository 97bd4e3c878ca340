package cn.gov.hunan.sanpin.common.creditcode;

import cn.gov.hunan.sanpin.common.problem.FieldProblem;
import cn.gov.hunan.sanpin.common.problem.ProblemException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The gate every credit code passes on entering the system: a bad one is a 422 naming the field and the defect. */
public final class CreditCodes {

    private CreditCodes() {
    }

    public static CreditCode require(String field, String candidate) {
        Optional<CreditCode.Defect> defect = CreditCode.defectOf(candidate);
        if (defect.isPresent()) {
            String code = "credit-code-" + defect.get().name().toLowerCase(Locale.ROOT).replace('_', '-');
            throw ProblemException.unprocessable("validation", List.of(new FieldProblem(field, code, String.valueOf(candidate))));
        }
        return new CreditCode(candidate);
    }
}
