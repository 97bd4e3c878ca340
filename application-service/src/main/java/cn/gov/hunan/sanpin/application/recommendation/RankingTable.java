package cn.gov.hunan.sanpin.application.recommendation;

import cn.gov.hunan.sanpin.application.recommendation.PdfPages.Align;
import cn.gov.hunan.sanpin.application.recommendation.RecommendationLetter.RecommendedEnterprise;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The letter's ranked list. Every page the table reaches starts with its header, never left alone at a page's foot.
 * A row that does not fit moves whole to the next page, unless that would leave a third of the page empty: then it
 * is split between lines, and its continuation repeats the rank and the enterprise so it reads on its own.
 */
final class RankingTable {

    private static final float SIZE = 10;
    private static final float CODE_SIZE = 8;
    private static final float LEADING = 1.45f;
    private static final float PAD_X = 4;
    private static final float PAD_Y = 4;
    /** Less room than this is not worth starting a split row in. */
    private static final float MIN_FRAGMENT = 3 * SIZE * LEADING + 2 * PAD_Y;

    /** @param identifying repeated on the continuation of a split row */
    private record Column(String header, float width, Align align, boolean identifying) {
    }

    private static final Column RANK = new Column("序号", 30, Align.CENTER, true);
    private static final Column ENTERPRISE = new Column("企业名称\n统一社会信用代码", 110, Align.LEFT, true);
    private static final Column REGION = new Column("所在地区", 50, Align.CENTER, false);
    private static final Column INDUSTRY = new Column("所属行业", 60, Align.LEFT, false);
    private static final Column RESERVE = new Column("后备库", 38, Align.CENTER, false);
    private static final Column OPINION =
            new Column("推荐意见", PdfPages.WIDTH - 30 - 110 - 50 - 60 - 38, Align.LEFT, false);
    private static final List<Column> COLUMNS = List.of(RANK, ENTERPRISE, REGION, INDUSTRY, RESERVE, OPINION);

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
    private final Row header;
    private boolean headerOnPage;

    RankingTable(PdfPages pages) {
        this.pages = pages;
        this.header = new Row(COLUMNS.stream().map(column -> wrap(column.header(), column, SIZE, true)).toList(),
                true);
    }

    void draw(List<RecommendedEnterprise> enterprises) throws IOException {
        for (int i = 0; i < enterprises.size(); i++) {
            draw(row(i + 1, enterprises.get(i)));
        }
    }

    private Row row(int rank, RecommendedEnterprise enterprise) {
        String region = enterprise.county() == null ? enterprise.city() : enterprise.city() + "\n" + enterprise.county();
        return new Row(List.of(
                wrap(String.valueOf(rank), RANK, SIZE, false),
                Stream.concat(wrap(enterprise.name(), ENTERPRISE, SIZE, false).stream(),
                        wrap(enterprise.creditCode(), ENTERPRISE, CODE_SIZE, false).stream()).toList(),
                wrap(region, REGION, SIZE, false),
                wrap(enterprise.industryCode() + " " + enterprise.industryName(), INDUSTRY, SIZE, false),
                wrap(LetterWording.yesNo(enterprise.inReservePool()), RESERVE, SIZE, false),
                wrap(enterprise.opinion(), OPINION, SIZE, false)), false);
    }

    private List<Line> wrap(String text, Column column, float size, boolean bold) {
        return new LineBreaker(s -> pages.width(s, size)).lines(text, column.width() - 2 * PAD_X).stream()
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
        for (int i = 0; i < COLUMNS.size(); i++) {
            List<Line> cell = row.cells().get(i);
            int count = 0;
            float used = 0;
            while (count < cell.size() && used + cell.get(count).leading() <= available) {
                used += cell.get(count++).leading();
            }
            fitting.add(cell.subList(0, count));
            boolean repeated = COLUMNS.get(i).identifying() && count == cell.size();
            continuation.add(repeated ? cell : cell.subList(count, cell.size()));
        }
        drawCells(new Row(fitting, row.heading()), pages.remaining(), false);
        return new Row(continuation, row.heading());
    }

    /** Draws a band of cells {@code height} high at the cursor, the lines centred vertically or from the top. */
    private void drawCells(Row row, float height, boolean centred) throws IOException {
        float top = pages.cursor();
        float x = PdfPages.LEFT;
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column column = COLUMNS.get(i);
            List<Line> cell = row.cells().get(i);
            pages.box(x, top, column.width(), height);
            float lineTop = top - PAD_Y - (centred ? (height - 2 * PAD_Y - Row.contentHeight(cell)) / 2 : 0);
            Align align = row.heading() ? Align.CENTER : column.align();
            for (Line line : cell) {
                pages.text(line.text(), x + PAD_X, column.width() - 2 * PAD_X, align,
                        PdfPages.baseline(lineTop, line.leading(), line.size()), line.size(), line.bold());
                lineTop -= line.leading();
            }
            x += column.width();
        }
        pages.advance(height);
    }
}
