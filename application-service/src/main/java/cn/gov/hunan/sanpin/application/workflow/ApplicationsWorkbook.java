package cn.gov.hunan.sanpin.application.workflow;

import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A list of applications as the officer filtered it, as an xlsx sheet: one row each, frozen header. */
final class ApplicationsWorkbook {

    private static final List<String> HEADER = List.of("序号", "企业名称", "统一社会信用代码", "所在地区", "状态", "待办截止",
            "剩余工作日", "后备库", "机械核验未通过项", "最近更新");

    /** As the contract's ApplicationStatus describes them: officials read the sheet, not the enum. */
    private static final Map<ApplicationStatus, String> STATUS_LABELS = Map.ofEntries(
            Map.entry(ApplicationStatus.DRAFT, "草稿"), Map.entry(ApplicationStatus.SUBMITTED, "已提交"),
            Map.entry(ApplicationStatus.COUNTY_REVIEW, "县级审查"), Map.entry(ApplicationStatus.CITY_REVIEW, "市级审查"),
            Map.entry(ApplicationStatus.RECOMMENDED, "已推荐"), Map.entry(ApplicationStatus.PRELIMINARY_PASSED, "初审通过"),
            Map.entry(ApplicationStatus.PRELIMINARY_FAILED, "初审未通过"), Map.entry(ApplicationStatus.EXPERT_REVIEW, "专家评审"),
            Map.entry(ApplicationStatus.EXPERT_PASSED, "评审通过"), Map.entry(ApplicationStatus.EXPERT_FAILED, "评审未通过"),
            Map.entry(ApplicationStatus.IN_PUBLICITY, "公示中"), Map.entry(ApplicationStatus.APPROVED, "认定"),
            Map.entry(ApplicationStatus.REJECTED, "不予认定"), Map.entry(ApplicationStatus.RETURNED, "退回补正"),
            Map.entry(ApplicationStatus.WITHDRAWN, "已撤回"), Map.entry(ApplicationStatus.NOT_RECOMMENDED, "不予推荐"));

    private ApplicationsWorkbook() {
    }

    static void write(String title, List<ApplicationSummary> rows, OutputStream out) throws IOException {
        try (Workbook workbook = new Workbook(out, "Sanpin", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("申报列表");
            sheet.value(0, 0, title);
            sheet.style(0, 0).bold().fontSize(14).set();
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(1, c, HEADER.get(c));
                sheet.style(1, c).bold().fillColor("D9E1F2").set();
            }
            sheet.freezePane(0, 2);
            for (int i = 0; i < rows.size(); i++) {
                ApplicationSummary a = rows.get(i);
                int r = i + 2;
                sheet.value(r, 0, i + 1);
                sheet.value(r, 1, a.getEnterpriseName());
                sheet.value(r, 2, a.getCreditCode());
                sheet.value(r, 3, a.getRegion().getName());
                sheet.value(r, 4, STATUS_LABELS.getOrDefault(a.getStatus(), a.getStatus().toString()));
                if (a.getDueOn() != null) {
                    sheet.value(r, 5, a.getDueOn().toString());
                    sheet.value(r, 6, a.getWorkingDaysLeft());
                }
                sheet.value(r, 7, Boolean.TRUE.equals(a.getReservePool()) ? "是" : "否");
                sheet.value(r, 8, a.getMechanicalFailures());
                sheet.value(r, 9, a.getUpdatedAt() == null ? "" : a.getUpdatedAt().toLocalDate().toString());
            }
            sheet.width(1, 36);
            sheet.width(2, 22);
            sheet.width(3, 14);
            sheet.width(4, 18);
            sheet.width(5, 12);
        }
    }
}
