package cn.gov.hunan.sanpin.application.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A date as official documents write it, e.g. 2026年11月25日 (no leading zeros). */
public final class ChineseDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ChineseDate() {
    }

    public static String of(LocalDate date) {
        return FORMAT.format(date);
    }
}
