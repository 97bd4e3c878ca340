package cn.gov.hunan.sanpin.application.documents;

import cn.gov.hunan.sanpin.application.documents.SheetTable.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link SheetTable} as an xlsx workbook of one sheet: the title across the table, the caption, the header
 * bold on grey (a group's heading spanning its columns, an ungrouped heading both header rows), the rows with thin
 * borders. Frozen under the header and right of the frozen columns; set up for printing on A4 landscape, one page
 * wide, the header repeated and the pages numbered.
 */
public final class SheetWorkbook {

    private static final String FONT = "宋体";
    private static final int TITLE_ROW = 0;

    private final SheetTable table;
    private final List<Column> columns;
    private final int lastColumn;
    private final int headerRow;
    private final int lastHeaderRow;
    private final int firstDataRow;

    private SheetWorkbook(SheetTable table) {
        this.table = table;
        this.columns = table.columns();
        this.lastColumn = columns.size() - 1;
        this.headerRow = table.hasCaption() ? 2 : 1;
        this.lastHeaderRow = headerRow + table.headerRows() - 1;
        this.firstDataRow = lastHeaderRow + 1;
    }

    /** Writes the workbook to the caller's stream, which is left open. */
    public static void write(SheetTable table, OutputStream out) throws IOException {
        new SheetWorkbook(table).writeTo(out);
    }

    private void writeTo(OutputStream out) throws IOException {
        try (Workbook workbook = new Workbook(out, "Sanpin", "1.0")) {
            workbook.setGlobalDefaultFont(FONT, 10.5);
            Worksheet sheet = workbook.newWorksheet(table.sheetName());
            titleRows(sheet);
            headerRows(sheet);
            List<List<Object>> rows = table.rows();
            for (int i = 0; i < rows.size(); i++) {
                dataRow(sheet, firstDataRow + i, rows.get(i));
            }
            int lastRow = firstDataRow + rows.size() - 1;
            // fastexcel merges a new style per part (font, fill, alignment, border): this adds borders only
            sheet.range(headerRow, 0, Math.max(lastRow, lastHeaderRow), lastColumn).style().borderStyle("thin").set();
            printSetup(sheet);
        }
    }

    private void titleRows(Worksheet sheet) {
        sheet.value(TITLE_ROW, 0, table.title());
        sheet.range(TITLE_ROW, 0, TITLE_ROW, lastColumn).merge();
        sheet.style(TITLE_ROW, 0).fontSize(16).bold().horizontalAlignment("center").set();
        sheet.rowHeight(TITLE_ROW, 32);
        if (!table.hasCaption()) {
            return;
        }
        int captionRow = TITLE_ROW + 1;
        int middle = lastColumn / 2;
        sheet.value(captionRow, 0, table.captionLeft());
        sheet.range(captionRow, 0, captionRow, middle).merge();
        sheet.value(captionRow, middle + 1, table.captionRight());
        sheet.range(captionRow, middle + 1, captionRow, lastColumn).merge();
        sheet.style(captionRow, middle + 1).horizontalAlignment("right").set();
        sheet.rowHeight(captionRow, 22);
    }

    /** Ungrouped headings span the header rows; a group's heading spans its adjacent columns above theirs. */
    private void headerRows(Worksheet sheet) {
        for (int column = 0; column <= lastColumn; column++) {
            Column definition = columns.get(column);
            sheet.width(column, definition.width());
            if (definition.group() == null) {
                sheet.value(headerRow, column, definition.header());
                sheet.range(headerRow, column, lastHeaderRow, column).merge();
                continue;
            }
            sheet.value(lastHeaderRow, column, definition.header());
            boolean startsGroup = column == 0 || !Objects.equals(columns.get(column - 1).group(), definition.group());
            if (startsGroup) {
                int last = column;
                while (last < lastColumn && definition.group().equals(columns.get(last + 1).group())) {
                    last++;
                }
                sheet.value(headerRow, column, definition.group());
                sheet.range(headerRow, column, headerRow, last).merge();
            }
        }
        sheet.range(headerRow, 0, lastHeaderRow, lastColumn).style()
                .bold().horizontalAlignment("center").verticalAlignment("center").wrapText(true).fillColor("F2F2F2")
                .set();
    }

    private void dataRow(Worksheet sheet, int row, List<Object> values) {
        for (int column = 0; column <= lastColumn; column++) {
            Object value = values.get(column);
            switch (value) {
                case null -> { }
                case Number number -> sheet.value(row, column, number);
                default -> sheet.value(row, column, value.toString());
            }
            Column definition = columns.get(column);
            var style = sheet.style(row, column).horizontalAlignment(definition.align().name().toLowerCase())
                    .verticalAlignment("center").wrapText(definition.wrapped());
            if (definition.numberFormat() != null) {
                style.format(definition.numberFormat());
            }
            style.set();
        }
    }

    private void printSetup(Worksheet sheet) {
        sheet.freezePane(table.frozenColumns(), firstDataRow);
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation("landscape");
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(headerRow, lastHeaderRow);
        sheet.leftMargin(0.4f);
        sheet.rightMargin(0.4f);
        sheet.topMargin(0.6f);
        sheet.bottomMargin(0.6f);
        sheet.footer("第 &P 页 共 &N 页", Position.CENTER, FONT, 10);
    }
}
