package cn.gov.hunan.sanpin.application.workflow;

import cn.gov.hunan.sanpin.application.documents.Align;
import cn.gov.hunan.sanpin.application.documents.SheetTable;
import cn.gov.hunan.sanpin.application.documents.SheetTable.Column;
import cn.gov.hunan.sanpin.application.documents.SheetWorkbook;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationStatus;
import cn.gov.hunan.sanpin.contract.application.model.ApplicationSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A list of applications as the officer filtered it, as an xlsx sheet: one row each. */
final class ApplicationsWorkbook {

    private static final List<Column> COLUMNS = List.of(
            Column.text("序号", 6, Align.CENTER, false),
            Column.text("企业名称", 36, Align.LEFT, true),
            Column.text("统一社会信用代码", 22, Align.LEFT, false),
            Column.text("所在地区", 14, Align.LEFT, true),
            Column.text("状态", 18, Align.LEFT, false),
            Column.text("待办截止", 12, Align.CENTER, false),
            Column.text("剩余工作日", 8, Align.CENTER, false),
            Column.text("后备库", 7, Align.CENTER, false),
            Column.text("机械核验未通过项", 10, Align.CENTER, true),
            Column.text("最近更新", 12, Align.CENTER, false));

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

    static void write(String title, List<ApplicationSummary> applications, OutputStream out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < applications.size(); i++) {
            ApplicationSummary a = applications.get(i);
            rows.add(Arrays.asList(i + 1, a.getEnterpriseName(), a.getCreditCode(), a.getRegion().getName(),
                    STATUS_LABELS.getOrDefault(a.getStatus(), a.getStatus().toString()),
                    a.getDueOn() == null ? null : a.getDueOn().toString(),
                    a.getDueOn() == null ? null : a.getWorkingDaysLeft(),
                    Boolean.TRUE.equals(a.getReservePool()) ? "是" : "否",
                    a.getMechanicalFailures(),
                    a.getUpdatedAt() == null ? null : a.getUpdatedAt().toLocalDate().toString()));
        }
        SheetWorkbook.write(new SheetTable("申报列表", title, null, null, COLUMNS, 1, 2, rows), out);
    }
}
