package cn.gov.hunan.sanpin.application.enterprise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;

import java.util.Map;

/**
 * An enterprise's platform facts as a plain document with the SHA-256 of its canonical JSON: what a submission
 * freezes, so anyone can later show the facts it was made on were not changed.
 */
public record EnterpriseSnapshot(Map<String, Object> facts, String sha256) {

    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public static EnterpriseSnapshot of(Enterprise e) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("creditCode", e.creditCode);
        facts.put("name", e.name);
        facts.put("regionCode", e.regionCode);
        facts.put("industryCode", e.industryCode);
        facts.put("legalPerson", e.legalPerson);
        facts.put("aboveDesignatedSize", e.aboveDesignatedSize);
        facts.put("reportsNormally", e.reportsNormally);
        facts.put("blacklisted", e.blacklisted);
        facts.put("legalRepresentative", e.legalRepresentative);
        facts.put("establishedOn", e.establishedOn == null ? null : e.establishedOn.toString());
        facts.put("figures", e.figures.stream().map(f -> {
            Map<String, Object> year = new LinkedHashMap<>();
            year.put("year", f.year());
            year.put("revenue", f.revenue() == null ? null : f.revenue().toPlainString());
            year.put("profit", f.profit() == null ? null : f.profit().toPlainString());
            year.put("tax", f.tax() == null ? null : f.tax().toPlainString());
            return year;
        }).toList());
        facts.put("retrievedAt", e.retrievedAt.toString());
        return new EnterpriseSnapshot(facts, sha256Of(facts));
    }

    public static String sha256Of(Map<String, Object> facts) {
        try {
            byte[] canonical = CANONICAL.writeValueAsString(facts).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

}
