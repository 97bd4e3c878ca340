package cn.gov.hunan.sanpin.common.creditcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of GB 32100-2015 codes, checked over random codes from a fixed seed (so a failure reproduces).
 * jqwik would be the natural tool, but its engine does not run on the JUnit Platform 6 that Quarkus 3.33 brings.
 */
class CreditCodeTests {

    private static final long SEED = 20150801L;

    @Test
    void acceptsPublishedCodes() {
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
        assertTrue(CreditCode.isValid("91110000802100433B"));
    }

    @Test
    void namesTheDefect() {
        assertEquals(Optional.of(CreditCode.Defect.LENGTH), CreditCode.defectOf("9143010"));
        assertEquals(Optional.of(CreditCode.Defect.CHARACTER), CreditCode.defectOf("91430104MA4O000001"));
        assertEquals(Optional.of(CreditCode.Defect.REGION), CreditCode.defectOf("9143A104MA4L000001"));
        assertEquals(Optional.of(CreditCode.Defect.CHECK_CHARACTER), CreditCode.defectOf("91350100M000100Y44"));
        assertThrows(IllegalArgumentException.class, () -> new CreditCode("91350100M000100Y44"));
    }

    @ParameterizedTest
    @MethodSource("randomFirst17")
    void aCodeEndingInItsCheckCharacterIsValid(String first17) {
        assertTrue(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17)));
    }

    @ParameterizedTest
    @MethodSource("randomFirst17")
    void changingAnyOneCharacterIsDetected(String first17) {
        String code = first17 + CreditCode.checkCharacter(first17);
        for (int position = 0; position < CreditCode.LENGTH; position++) {
            for (int shift = 1; shift < 31; shift++) {
                char replaced = CreditCode.ALPHABET.charAt((CreditCode.ALPHABET.indexOf(code.charAt(position)) + shift) % 31);
                String changed = code.substring(0, position) + replaced + code.substring(position + 1);
                if (position >= 2 && position < 8 && !Character.isDigit(replaced)) {
                    continue; // not a region code any more: a different defect, tested above
                }
                assertFalse(CreditCode.isValid(changed), code + " → " + changed);
            }
        }
    }

    static Stream<String> randomFirst17() {
        Random random = new Random(SEED);
        return IntStream.range(0, 200).mapToObj(i -> {
            StringBuilder code = new StringBuilder();
            code.append(pick(random)).append(pick(random));
            for (int d = 0; d < 6; d++) {
                code.append((char) ('0' + random.nextInt(10)));
            }
            for (int c = 0; c < 9; c++) {
                code.append(pick(random));
            }
            return code.toString();
        });
    }

    private static char pick(Random random) {
        return CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length()));
    }
}
