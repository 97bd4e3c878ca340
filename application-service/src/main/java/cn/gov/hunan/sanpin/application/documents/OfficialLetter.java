package cn.gov.hunan.sanpin.application.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an official letter (公文, GB/T 9704) says, in the order it is set: 文号, title, addressee, body, a table, the
 * attachment note, then the issuing unit and date with room for its seal, and the contact. Plain text only: the
 * caller decides the wording, {@link OfficialLetterPdf} the layout.
 *
 * @param documentNumber the 文号, e.g. 长工信函〔2026〕35号; {@code null} when the unit numbers it by hand
 * @param titleLines     the title, broken where the words allow (a title's lines keep words whole)
 * @param addressee      e.g. 省工业和信息化厅
 * @param paragraphs     the body before the table, one entry per paragraph (each indented two characters)
 * @param table          the table after the body
 * @param attachment     the attached document's name for the 附件 note; {@code null} for none
 * @param issuingUnit    the unit as it signs, e.g. 长沙市工业和信息化局
 * @param date           the letter's date (成文日期)
 * @param contact        contact person and telephone, e.g. 张三，0731-88888888; {@code null} for none
 */
public record OfficialLetter(
        String documentNumber,
        List<String> titleLines,
        String addressee,
        List<String> paragraphs,
        Table table,
        String attachment,
        String issuingUnit,
        LocalDate date,
        String contact) {

    public OfficialLetter {
        titleLines = List.copyOf(titleLines);
        Objects.requireNonNull(addressee, "addressee");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(issuingUnit, "issuingUnit");
        Objects.requireNonNull(date, "date");
    }

    public String title() {
        return String.join("", titleLines);
    }

    /**
     * A table spanning the text block. Every page it reaches starts with its header; a row split between pages repeats
     * its identifying cells.
     *
     * @param rows each row's cells, one per column
     */
    public record Table(List<Column> columns, List<List<Cell>> rows) {

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            if (columns.stream().filter(c -> c.width() == Column.REST).count() > 1) {
                throw new IllegalArgumentException("at most one column takes the remaining width");
            }
            int cells = columns.size();
            if (rows.stream().anyMatch(row -> row.size() != cells)) {
                throw new IllegalArgumentException("every row has one cell per column");
            }
        }
    }

    /**
     * @param header      may hold line breaks
     * @param width       in points, or {@link #REST} for what the other columns leave of the text block
     * @param identifying repeated where a row continues on the next page (rank, name)
     */
    public record Column(String header, float width, Align align, boolean identifying) {

        public static final float REST = 0;
    }

    /** A cell's text, and an optional note set smaller beneath it (a credit code under a name). */
    public record Cell(String text, String note) {

        public Cell {
            Objects.requireNonNull(text, "text");
        }

        public static Cell of(String text) {
            return new Cell(text, null);
        }
    }
}
