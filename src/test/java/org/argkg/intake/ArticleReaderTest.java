package org.argkg.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private static final String PAGE = """
            <!doctype html><html lang="en-GB"><head><meta charset="utf-8">
            <title>Chips and catch-up | Policy Review</title>
            <meta property="og:title" content="Chips and catch-up">
            <meta name="author" content="Jane Analyst">
            <meta property="article:published_time" content="2025-03-04T08:00:00Z">
            <link rel="canonical" href="https://policy.example.org/chips">
            <script>var tracking = 1;</script></head><body>
            <header><nav><a href="/">Home</a> <a href="/topics">Topics</a></nav></header>
            <div class="share-buttons">Share on X</div>
            <article><h1>Chips and catch-up</h1>
            <p>Export controls may slow latecomers,
               but they tend to spur substitutes.</p>
            <ul><li>First, costs rise.</li></ul>
            <p>Therefore the lead is real but not permanent.</p></article>
            <aside>Related stories</aside><footer>© 2025 Policy Review</footer></body></html>
            """;

    @Test
    void htmlGivesItsMetadataAndMainTextWithoutFurniture() throws Exception {
        Article a = ArticleReader.read(PAGE.getBytes(StandardCharsets.UTF_8), "chips.html", Optional.empty());
        assertThat(a.format()).isEqualTo(Article.Format.HTML);
        assertThat(a.title()).contains("Chips and catch-up");
        assertThat(a.author()).contains("Jane Analyst");
        assertThat(a.date()).contains(LocalDate.of(2025, 3, 4));
        assertThat(a.url()).contains("https://policy.example.org/chips");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.languageGuessed()).isFalse();
        assertThat(a.paragraphs()).containsExactly("Export controls may slow latecomers, but they tend to spur substitutes.",
                "First, costs rise.", "Therefore the lead is real but not permanent.");
        assertThat(a.body()).doesNotContain("Home", "Share", "Related", "©", "tracking");
    }

    @Test
    void chineseHtmlWithoutMetadataGuessesLanguageAndFindsTheDateInTheText() throws Exception {
        String html = "<html><head><meta charset=\"gbk\"></head><body><div id=\"nav\">首页</div><div class=\"content\">"
                + "<p>发布时间：2024年11月28日</p><p>人工智能可能例外。先发国家的优势并非不可逾越，后发国家同样有机会迎头赶上。</p>"
                + "<p>不过，至少三个方面的因素也在限制“强者恒强”的马太效应，开放的技术生态就是其中之一。</p></div></body></html>";
        Article a = ArticleReader.read(html.getBytes(java.nio.charset.Charset.forName("GBK")), "page.htm", Optional.empty());
        assertThat(a.language()).isEqualTo("zh");
        assertThat(a.languageGuessed()).isTrue();
        assertThat(a.body()).contains("后发国家同样有机会迎头赶上").doesNotContain("首页");
        assertThat(Dates.find(a.body())).contains(LocalDate.of(2024, 11, 28));
    }

    @Test
    void markdownFrontMatterAndMarkupAreReadAndTakenOff() throws Exception {
        String md = "---\ntitle: \"On compute\"\nauthor: A. Writer\ndate: 2025-01-29\nurl: https://example.org/compute\n---\n"
                + "# On compute\n\nThe **lead** may last, as [one report](https://x.example) says.\n\n- Controls work\n";
        Article a = ArticleReader.read(md.getBytes(StandardCharsets.UTF_8), "essay.md", Optional.empty());
        assertThat(a.format()).isEqualTo(Article.Format.MARKDOWN);
        assertThat(a.title()).contains("On compute");
        assertThat(a.author()).contains("A. Writer");
        assertThat(a.date()).contains(LocalDate.of(2025, 1, 29));
        assertThat(a.url()).contains("https://example.org/compute");
        assertThat(a.paragraphs()).containsExactly("The lead may last, as one report says.", "Controls work");
    }

    @Test
    void plainTextHeadLinesGiveTitleAuthorAndDateAndWrappedLinesJoin() throws Exception {
        String text = "Why the lead lasts\nBy Sam Author\nDate: 12 March 2025\n\nExport controls keep\nthe lead for now.\n\n"
                + "Open models narrow it.\n";
        Article a = ArticleReader.read(text.getBytes(StandardCharsets.UTF_8), "note.txt", Optional.empty());
        assertThat(a.title()).contains("Why the lead lasts");
        assertThat(a.author()).contains("Sam Author");
        assertThat(a.date()).contains(LocalDate.of(2025, 3, 12));
        assertThat(a.paragraphs()).containsExactly("Export controls keep the lead for now.", "Open models narrow it.");
    }

    @Test
    void pdfDropsRunningHeadsAndPageNumbersAndJoinsLinesIntoParagraphs() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Compute and catch-up");
            info.setAuthor("Policy Unit");
            pdf.setDocumentInformation(info);
            String[][] pages = {
                {"Export controls on advanced chips may", "slow latecomers.", "Open models spread quickly."},
                {"Cloud access lets small firms rent", "compute they could not buy.", "The lead is real but not permanent."}};
            for (int p = 0; p < pages.length; p++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
                    c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    c.beginText();
                    c.newLineAtOffset(72, 740);
                    c.setLeading(16);
                    c.showText("Policy Unit Working Paper");
                    c.newLine();
                    c.newLine();
                    for (String line : pages[p]) {
                        c.showText(line);
                        c.newLine();
                    }
                    c.newLine();
                    c.showText(String.valueOf(p + 1));
                    c.endText();
                }
            }
            pdf.save(bytes);
        }
        Article a = ArticleReader.read(bytes.toByteArray(), "paper.pdf", Optional.empty());
        assertThat(a.format()).isEqualTo(Article.Format.PDF);
        assertThat(a.title()).contains("Compute and catch-up");
        assertThat(a.author()).contains("Policy Unit");
        assertThat(a.body()).doesNotContain("Working Paper");
        assertThat(a.paragraphs()).containsExactly("Export controls on advanced chips may slow latecomers.",
                "Open models spread quickly.", "Cloud access lets small firms rent compute they could not buy.",
                "The lead is real but not permanent.");
    }

    @Test
    void aFileWithoutTextIsRefusedWithAReason() {
        assertThatThrownBy(() -> ArticleReader.read("<html><body><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8),
                "empty.html", Optional.empty())).isInstanceOf(ArticleException.class).hasMessageContaining("no text found");
        assertThatThrownBy(() -> ArticleReader.read(new byte[] {(byte) 0xC3, (byte) 0x28, 'a'}, "bad.txt", Optional.empty()))
                .isInstanceOf(ArticleException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void fetchesOverHttpWithinTheSizeLimitAndTheDeadline() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        server.createContext("/article", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(page);
            }
        });
        server.createContext("/big", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream o = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    o.write(new byte[1024]);
                }
            } catch (IOException ignored) {
                // the client stopped reading
            }
        });
        server.createContext("/slow", ex -> {
            ex.sendResponseHeaders(200, 100);
            try (OutputStream o = ex.getResponseBody()) {
                o.write('<');
                o.flush();
                Thread.sleep(10_000);
            } catch (IOException | InterruptedException ignored) {
                // the client gave up
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            ArticleFetcher fetcher = new ArticleFetcher(Duration.ofSeconds(2), 50_000);
            ArticleFetcher.Fetched f = fetcher.fetch(URI.create(base + "/article"));
            assertThat(f.mediaType()).contains("text/html");
            Article a = ArticleReader.read(f.content(), f.uri().toString(), f.mediaType());
            assertThat(a.title()).contains("Chips and catch-up");
            assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/big"))).hasMessageContaining("over the limit");
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/slow"))).hasMessageContaining("within 2 s");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("hang guard").isLessThan(Duration.ofSeconds(8));
            assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd"))).hasMessageContaining("only http");
        } finally {
            server.stop(0);
        }
    }
}
