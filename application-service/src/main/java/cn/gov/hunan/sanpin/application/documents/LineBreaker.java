package cn.gov.hunan.sanpin.application.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks Chinese text into lines no wider than asked. Chinese may break between any two characters, but a line never
 * starts with closing punctuation nor ends with opening punctuation (避头尾): the character before a closing mark goes
 * down with it, an opening mark goes down with what it opens, so nothing sticks out of a table cell. Runs of Latin
 * letters and digits (credit codes, years, ISO 9001) stay whole unless longer than a line. Line breaks are kept.
 */
final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〗〉”’…—·%,.;:?!)]}";
    private static final String NO_LINE_END = "（《「『【〔〖〈“‘([{";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-/%+_]*|\\X");

    private final ToDoubleFunction<String> width;

    /** @param width the width of a string as it will be drawn, in the same unit as the widths passed to {@link #lines} */
    LineBreaker(ToDoubleFunction<String> width) {
        this.width = width;
    }

    List<String> lines(String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').split("\n", -1)) {
            breakParagraph(paragraph, maxWidth, lines);
        }
        return lines;
    }

    private void breakParagraph(String paragraph, double maxWidth, List<String> lines) {
        int linesBefore = lines.size();
        List<String> line = new ArrayList<>();
        double lineWidth = 0;
        Matcher tokens = TOKEN.matcher(paragraph);
        while (tokens.find()) {
            String token = tokens.group();
            double tokenWidth = width.applyAsDouble(token);
            if (lineWidth + tokenWidth <= maxWidth) {
                line.add(token);
                lineWidth += tokenWidth;
                continue;
            }
            List<String> next = new ArrayList<>(List.of(token));
            while (line.size() > 1 && (startsWith(next, NO_LINE_START) || endsWith(line, NO_LINE_END))) {
                next.addFirst(line.removeLast());
            }
            if (!line.isEmpty()) {
                lines.add(String.join("", line).stripTrailing());
            }
            String rest = String.join("", next).stripLeading();
            if (width.applyAsDouble(rest) > maxWidth) {
                rest = splitOverlong(rest, maxWidth, lines);
            }
            line = rest.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(rest));
            lineWidth = width.applyAsDouble(rest);
        }
        if (!line.isEmpty() || lines.size() == linesBefore) {
            lines.add(String.join("", line).stripTrailing()); // an empty paragraph is an empty line
        }
    }

    private static boolean startsWith(List<String> tokens, String marks) {
        return marks.indexOf(tokens.getFirst().charAt(0)) >= 0;
    }

    private static boolean endsWith(List<String> tokens, String marks) {
        String last = tokens.getLast();
        return marks.indexOf(last.charAt(last.length() - 1)) >= 0;
    }

    /** Emits full lines of text wider than a line, character by character; returns what is left for the next one. */
    private String splitOverlong(String text, double maxWidth, List<String> lines) {
        int start = 0;
        for (int end = 1; end <= text.length(); end++) {
            if (width.applyAsDouble(text.substring(start, end)) > maxWidth && end - 1 > start) {
                lines.add(text.substring(start, end - 1));
                start = end - 1;
            }
        }
        return text.substring(start);
    }
}
