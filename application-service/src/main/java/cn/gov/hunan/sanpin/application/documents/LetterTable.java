package cn.gov.hunan.sanpin.application.documents;

import cn.gov.hunan.sanpin.application.documents.OfficialLetter.Cell;
import cn.gov.hunan.sanpin.application.documents.OfficialLetter.Column;
import cn.gov.hunan.sanpin.application.documents.OfficialLetter.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A letter's table, across the text block. Every page the table reaches starts with its header, never left alone at a
 * page's foot. A row that does not fit moves whole to the next page, unless that would leave a third of the page
 * empty: then it is split between lines, and its continuation repeats the identifying cells so it reads on its own.
 */
final class LetterTable {

    private static final float SIZE = 10;
    private static final float NOTE_SIZE = 8;
    private static final float LEADING = 1.45f;
    private static final float PAD_X = 4;
    private static final float PAD_Y = 4;
    /** Less room than this is not worth starting a split row in. */
    private static final float MIN_FRAGMENT = 3 * SIZE * LEADING + 2 * PAD_Y;

    private record Line(String text, float size, boolean bold) {
        float leading() {
            return size * LEADING;
        }
    }

    /** A row's cells, column by column, each as its lines; a heading's are centred. */
    private record Row(List<List<Line>> cells, boolean heading) {
        float height() {
            return cells.stream().map(Row::contentHeight).reduce(0f, Math::max) + 2 * PAD_Y;
        }

        static float contentHeight(List<Line> cell) {
            return (float) cell.stream().mapToDouble(Line::leading).sum();
        }
    }

    private final PdfPages pages;
    private final Table table;
    /** Each column's width in points, the {@link Column#REST} one given what the others leave. */
    private final List<Float> widths;
    private final Row header;
    private boolean headerOnPage;

    LetterTable(PdfPages pages, Table table) {
        this.pages = pages;
        this.table = table;
        float fixed = (float) table.columns().stream().mapToDouble(Column::width).sum();
        this.widths = table.columns().stream().map(c -> c.width() == Column.REST ? PdfPages.WIDTH - fixed : c.width())
                .toList();
        List<List<Line>> headers = new ArrayList<>();
        for (int i = 0; i < widths.size(); i++) {
            headers.add(wrap(table.columns().get(i).header(), i, SIZE, true));
        }
        this.header = new Row(headers, true);
    }

    void draw() throws IOException {
        for (List<Cell> cells : table.rows()) {
            draw(row(cells));
        }
    }

    private Row row(List<Cell> cells) {
        List<List<Line>> lines = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            lines.add(cell.note() == null ? wrap(cell.text(), i, SIZE, false)
                    : Stream.concat(wrap(cell.text(), i, SIZE, false).stream(),
                            wrap(cell.note(), i, NOTE_SIZE, false).stream()).toList());
        }
        return new Row(lines, false);
    }

    private List<Line> wrap(String text, int column, float size, boolean bold) {
        return new LineBreaker(s -> pages.width(s, size)).lines(text, widths.get(column) - 2 * PAD_X).stream()
                .map(line -> new Line(line, size, bold))
                .toList();
    }

    private void draw(Row row) throws IOException {
        Row rest = row;
        while (true) {
            float room = pages.remaining() - (headerOnPage ? 0 : header.height());
            if (rest.height() <= room) {
                drawHeaderIfNeeded();
                drawCells(rest, rest.height(), rest == row);
                return;
            }
            boolean fitsOnNewPage = rest.height() <= PdfPages.pageHeight() - header.height();
            if (room >= (fitsOnNewPage ? PdfPages.pageHeight() / 3 : MIN_FRAGMENT)) {
                drawHeaderIfNeeded();
                rest = drawFragment(rest);
            }
            pages.newPage();
            headerOnPage = false;
        }
    }

    private void drawHeaderIfNeeded() throws IOException {
        if (!headerOnPage) {
            drawCells(header, header.height(), true);
            headerOnPage = true;
        }
    }

    /**
     * Fills the rest of the page with as many lines of each cell as fit; returns the row's continuation: the lines
     * left over, and the identifying cells again where they were drawn whole.
     */
    private Row drawFragment(Row row) throws IOException {
        float available = pages.remaining() - 2 * PAD_Y;
        List<List<Line>> fitting = new ArrayList<>();
        List<List<Line>> continuation = new ArrayList<>();
        for (int i = 0; i < widths.size(); i++) {
            List<Line> cell = row.cells().get(i);
            int count = 0;
            float used = 0;
            while (count < cell.size() && used + cell.get(count).leading() <= available) {
                used += cell.get(count++).leading();
            }
            fitting.add(cell.subList(0, count));
            boolean repeated = table.columns().get(i).identifying() && count == cell.size();
            continuation.add(repeated ? cell : cell.subList(count, cell.size()));
        }
        drawCells(new Row(fitting, row.heading()), pages.remaining(), false);
        return new Row(continuation, row.heading());
    }

    /** Draws a band of cells {@code height} high at the cursor, the lines centred vertically or from the top. */
    private void drawCells(Row row, float height, boolean centred) throws IOException {
        float top = pages.cursor();
        float x = PdfPages.LEFT;
        for (int i = 0; i < widths.size(); i++) {
            float width = widths.get(i);
            List<Line> cell = row.cells().get(i);
            pages.box(x, top, width, height);
            float lineTop = top - PAD_Y - (centred ? (height - 2 * PAD_Y - Row.contentHeight(cell)) / 2 : 0);
            Align align = row.heading() ? Align.CENTER : table.columns().get(i).align();
            for (Line line : cell) {
                pages.text(line.text(), x + PAD_X, width - 2 * PAD_X, align,
                        PdfPages.baseline(lineTop, line.leading(), line.size()), line.size(), line.bold());
                lineTop -= line.leading();
            }
            x += width;
        }
        pages.advance(height);
    }
}
