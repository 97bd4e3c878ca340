package cn.gov.hunan.sanpin.application.documents;

import java.util.List;
import java.util.Objects;

/**
 * A table to hand out as an xlsx sheet: a title over the table, an optional caption line under it (left and right),
 * a header of one row, or of two (columns grouped under a shared heading, a figure over its years, need two), then one
 * row per item. {@link SheetWorkbook} sets it up the same way for every table.
 *
 * @param sheetName     the sheet's tab
 * @param captionLeft   e.g. 推荐单位（盖章）：…; {@code null} with captionRight for no caption line
 * @param captionRight  e.g. 填报日期：…
 * @param headerRows    1 or 2; a sheet whose layout is prescribed keeps two even when no column is grouped
 * @param frozenColumns columns kept in view when scrolling right (number and name)
 * @param rows          one value per column: a String, a Number (a numeric cell) or {@code null} (blank)
 */
public record SheetTable(
        String sheetName,
        String title,
        String captionLeft,
        String captionRight,
        List<Column> columns,
        int headerRows,
        int frozenColumns,
        List<List<Object>> rows) {

    public SheetTable {
        Objects.requireNonNull(sheetName, "sheetName");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(java.util.Collections::unmodifiableList).toList();
        if (headerRows < 1 || headerRows > 2 || headerRows == 1 && columns.stream().anyMatch(c -> c.group() != null)) {
            throw new IllegalArgumentException("one header row, or two where columns are grouped");
        }
        int values = columns.size();
        if (rows.stream().anyMatch(row -> row.size() != values)) {
            throw new IllegalArgumentException("every row has one value per column");
        }
    }

    public boolean hasCaption() {
        return captionLeft != null || captionRight != null;
    }

    /**
     * @param header       the column's heading; under its group's heading when it has one
     * @param group        a heading shared by the adjacent columns that name it; {@code null} for none
     * @param width        in characters
     * @param wrapped      long text wraps within the cell
     * @param numberFormat e.g. #,##0.00; {@code null} for the general format
     */
    public record Column(String header, String group, double width, Align align, boolean wrapped,
                         String numberFormat) {

        public static Column text(String header, double width, Align align, boolean wrapped) {
            return new Column(header, null, width, align, wrapped, null);
        }
    }
}
