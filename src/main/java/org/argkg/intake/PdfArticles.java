package org.argkg.intake;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reading a PDF with Apache PDFBox: title, author and date from its document information, the
 * text page by page with running heads, running feet and page numbers left out, and lines joined
 * into paragraphs.
 */
final class PdfArticles {

    private PdfArticles() {
    }

    static Article read(byte[] content) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            List<List<String>> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(List.of(stripper.getText(pdf).replace("\r\n", "\n").split("\n", -1)));
            }
            List<String> lines = withoutFurniture(pages);
            List<String> paragraphs = Text.paragraphsByLayout(lines);
            Optional<String> title = Optional.ofNullable(info.getTitle()).map(Text::clean).filter(t -> !t.isEmpty());
            if (title.isEmpty() && !paragraphs.isEmpty() && paragraphs.get(0).length() <= 200) {
                title = Optional.of(paragraphs.get(0));
            }
            Optional<String> author = Optional.ofNullable(info.getAuthor()).map(Text::clean).filter(t -> !t.isEmpty());
            Optional<LocalDate> date = Optional.ofNullable(info.getCreationDate())
                    .map(c -> c.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
            Optional<LocalDate> written = paragraphs.stream().limit(5).map(Dates::find).flatMap(Optional::stream).findFirst();
            if (written.isPresent()) {
                // a date printed on the first page says more than when the file was made
                date = written;
            }
            if (title.isPresent() && !paragraphs.isEmpty() && paragraphs.get(0).equals(title.get())) {
                paragraphs.remove(0);
            }
            return new Article(Article.Format.PDF, title, author, date, Optional.empty(),
                    Languages.guess(String.join("\n", paragraphs)), true, paragraphs);
        }
    }

    /**
     * The lines of all pages without page numbers and without lines that recur at the top or
     * bottom of at least half of the pages (running heads and feet; digits ignored, since they
     * often carry the page number).
     */
    static List<String> withoutFurniture(List<List<String>> pages) {
        Map<String, Integer> recurring = new HashMap<>();
        for (List<String> page : pages) {
            for (String edge : edges(page)) {
                recurring.merge(edge, 1, Integer::sum);
            }
        }
        int threshold = Math.max(2, (pages.size() + 1) / 2);
        List<String> out = new ArrayList<>();
        for (List<String> page : pages) {
            List<String> edges = edges(page);
            for (String line : page) {
                String key = furnitureKey(line);
                boolean pageNumber = line.strip().matches("(?i)(page\\s*)?[-–—]?\\s*\\d{1,4}\\s*[-–—]?(\\s*(/|of)\\s*\\d{1,4})?|第\\s*\\d+\\s*页");
                boolean running = pages.size() > 1 && edges.contains(key) && recurring.getOrDefault(key, 0) >= threshold;
                if (!pageNumber && !running) {
                    out.add(line);
                }
            }
            // a page break ends a line, not a paragraph: no blank line added
        }
        return out;
    }

    private static List<String> edges(List<String> page) {
        List<String> nonBlank = page.stream().filter(l -> !l.isBlank()).toList();
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < Math.min(2, nonBlank.size()); i++) {
            edges.add(furnitureKey(nonBlank.get(i)));
            edges.add(furnitureKey(nonBlank.get(nonBlank.size() - 1 - i)));
        }
        return edges;
    }

    private static String furnitureKey(String line) {
        return Text.clean(line).replaceAll("\\d+", "#");
    }
}
