package cn.gov.hunan.sanpin.application.recommendation;

import java.util.List;

/** The wording the letter and its summary table share, so both name the batch and the attachment the same way. */
final class LetterWording {

    private LetterWording() {
    }

    /** The programme as the province names it, e.g. 2026年度湖南省消费品工业“三品”标杆企业. */
    static String programme(int batchYear) {
        return batchYear + "年度湖南省消费品工业“三品”标杆企业";
    }

    /** The title broken where the words allow (a title's lines keep words whole, GB/T 9704). */
    static List<String> letterTitleLines(int batchYear) {
        return List.of("关于推荐" + batchYear + "年度湖南省消费品工业", "“三品”标杆企业的函");
    }

    static String summaryTitle(int batchYear) {
        return programme(batchYear) + "推荐汇总表";
    }

    static String yesNo(boolean value) {
        return value ? "是" : "否";
    }
}
