package cn.gov.hunan.sanpin.application.workflow;

import cn.gov.hunan.sanpin.contract.application.model.ApplicationSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A list of applications as the officer filtered it, as an xlsx sheet: one row each, frozen header. */
final class ApplicationsWorkbook {

    private static final List<String> HEADER = List.of("序号", "企业名称", "统一社会信用代码", "所在地区", "状态", "待办截止",
            "剩余工作日", "后备库", "机械核验未通过项", "最近更新");

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
                sheet.value(r, 4, a.getStatus().toString());
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
