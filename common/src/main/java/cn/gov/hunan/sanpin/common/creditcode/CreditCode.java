package cn.gov.hunan.sanpin.common.creditcode;

import java.util.Optional;

/**
 * The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015.
 *
 * <p>Layout: registration authority (1), organisation type (1), registering region (6, GB/T 2260),
 * organisation identity (9), check character (1). The alphabet leaves out I, O, S, V and Z so they are never
 * confused with 1, 0, 5, U and 2; the check character is {@code 31 - (Σ value·weight mod 31)} with weights
 * {@code 3^(i-1) mod 31}.
 */
public record CreditCode(String value) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    public CreditCode {
        Optional<Defect> defect = defectOf(value);
        if (defect.isPresent()) {
            throw new IllegalArgumentException(defect.get().name() + ": " + value);
        }
    }

    /** Why a candidate is not a valid code: the first defect found, or empty when valid. */
    public static Optional<Defect> defectOf(String candidate) {
        if (candidate == null || candidate.length() != LENGTH) {
            return Optional.of(Defect.LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return Optional.of(Defect.CHARACTER);
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(candidate.charAt(i))) {
                return Optional.of(Defect.REGION);
            }
        }
        if (candidate.charAt(17) != checkCharacter(candidate.substring(0, 17))) {
            return Optional.of(Defect.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    public static boolean isValid(String candidate) {
        return defectOf(candidate).isEmpty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not in the GB 32100 alphabet: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The registering region's GB/T 2260 code (positions 3–8). */
    public String regionCode() {
        return value.substring(2, 8);
    }

    public enum Defect {
        /** not 18 characters */
        LENGTH,
        /** a character outside the alphabet, e.g. I, O, S, V, Z or lower case */
        CHARACTER,
        /** positions 3–8 are not a six-digit region code */
        REGION,
        /** the last character does not match the others */
        CHECK_CHARACTER
    }
}
