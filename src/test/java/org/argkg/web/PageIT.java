package org.argkg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.argkg.diagram.DiagramFixtures;
import org.argkg.diagram.Graphviz;
import org.argkg.server.ServerSettings;
import org.argkg.server.SparqlServer;
import org.argkg.store.GraphStore;
import org.argkg.support.Locks;
import org.argkg.support.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's chromium, headless, driven by Selenium WebDriver through
 * {@code /usr/bin/chromedriver}. It opens the page that {@code argkg serve} serves, picks the seed
 * article, clicks a cause in its argument map, checks the claim's quote (in its source text) and
 * factor, runs a named query and an ad-hoc one, and checks that a label holding {@code <script>}
 * is shown as text. Screenshots go to {@code target/} for people to look at.
 *
 * <p>Without chromium, chromedriver or Graphviz the test fails, saying what to install; it never
 * skips silently.
 */
@Slow
@ResourceLock(Locks.SEEDS_DB)
@ResourceLock(Locks.HOSTILE_DB)
class PageIT {

    static final String SEED = "li-zheng-2024-ai-exception";
    static final Path CHROMIUM = Path.of(System.getProperty("argkg.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("argkg.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target");

    @TempDir
    static Path tmp;

    static GraphStore seeds;
    static GraphStore hostile;
    static SparqlServer seedServer;
    static SparqlServer hostileServer;
    static ChromeDriverService service;
    static WebDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser test needs Chromium and its WebDriver: install them with "
                    + "'apt-get install chromium chromium-driver' (looked for " + CHROMIUM + " and " + CHROMEDRIVER
                    + "; other paths: -Dargkg.chromium=… -Dargkg.chromedriver=…)");
        }
        if (!Graphviz.fromEnvironment().available()) {
            fail("The browser test needs Graphviz to draw the argument maps: install it with '" + Graphviz.INSTALL_HINT + "'");
        }
        seeds = GraphStore.openExisting(DiagramFixtures.seedsDb());
        hostile = GraphStore.openExisting(DiagramFixtures.hostileDb());
        seedServer = SparqlServer.start(seeds, ServerSettings.defaults().withPort(0),
                new WebApp(Graphviz.fromEnvironment()));
        hostileServer = SparqlServer.start(hostile, ServerSettings.defaults().withPort(0),
                new WebApp(Graphviz.fromEnvironment()));

        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogOutput(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--window-size=1440,900", "--lang=en-US",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        for (AutoCloseable c : new AutoCloseable[] {seedServer, hostileServer, seeds, hostile}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // best effort at the end of the test
                }
            }
        }
    }

    @Test
    void pickTheSeedArticleClickACauseAndRunQueries() throws Exception {
        driver.get(seedServer.baseUrl() + "/");
        // the list of documents, with metadata, from SPARQL
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#doc-list li.doc[data-doc='" + SEED + "']")));
        assertThat(driver.findElements(By.cssSelector("#doc-list li.doc"))).hasSize(org.argkg.support.Seeds.documentCount());
        assertThat(item.getText()).contains("科技强者恒强？AI可能例外", "2024-11-28", "op-ed", "19 claims");
        item.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#doc-meta .doc-heading"), "科技强者恒强？AI可能例外"));
        assertThat(driver.findElement(By.id("doc-meta")).getText()).contains("Li Zheng", "2024-11-28");

        // the argument map, drawn by Graphviz on the server; click a cause
        By cause = By.cssSelector("#diagram svg g.node[id='claim:" + SEED + "/cause-security']");
        WebElement node = wait.until(ExpectedConditions.elementToBeClickable(cause));
        // the document's own claims (scope own, the default)
        assertThat(driver.findElements(By.cssSelector("#diagram svg g.node.clickable")).size()).isBetween(12, 30);
        node.click();

        WebElement details = driver.findElement(By.id("details"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#details .label-en"), "Security nature restricts diffusion"));
        assertThat(details.findElement(By.cssSelector(".label-zh")).getText()).isEqualTo("安全属性强，扩散受制约");
        assertThat(details.findElement(By.cssSelector(".role")).getText()).contains("Cause");
        assertThat(details.findElement(By.cssSelector(".statement-en")).getText()).startsWith("AI has a stronger security");
        // its factor
        assertThat(details.findElement(By.cssSelector(".factor")).getText())
                .contains("security-controls", "Security and strategic controls on diffusion");
        // its actors (the United States, with its Wikidata link, is on the premise of the US example)
        assertThat(details.findElement(By.cssSelector(".actors")).getText()).contains("First-mover countries", "Latecomer countries");
        // its quotes, highlighted in the surrounding source text
        List<String> marks = details.findElements(By.cssSelector(".quote mark")).stream().map(WebElement::getText).toList();
        assertThat(marks).containsExactly("四是人工智能安全属性和国家战略利益属性更强，技术扩散和流通受到更强制约。",
                "个别先发国家为了保障国家安全，倾向于对AI技术和研发资源采取严格出口管制", "后发国家难以通过较低成本获得技术");
        WebElement second = details.findElements(By.cssSelector(".quote")).get(1);
        assertThat(second.getText()).contains("美国等一些国家已将AI技术应用于军事防御").contains("source text, characters");
        // its relations, including those from other documents
        List<WebElement> relations = details.findElements(By.cssSelector(".relations li.relation"));
        assertThat(relations.size()).isGreaterThanOrEqualTo(5);
        assertThat(details.findElements(By.cssSelector(".relations li.relation.cross-document"))).isNotEmpty();
        assertThat(details.getText()).contains("supports", "AI可能终结后发赶超，强者恒强", "evidence from", "2022-10-07");
        assertThat(driver.findElement(By.cssSelector("#diagram g.node.selected")).getAttribute("id"))
                .isEqualTo("claim:" + SEED + "/cause-security");
        screenshot("argkg-page-claim.png");

        // zooming in and out keeps the selected claim in view
        for (String button : List.of("zoom-in", "zoom-in", "zoom-full", "zoom-out", "zoom-fit")) {
            driver.findElement(By.id(button)).click();
            Boolean inView = (Boolean) ((JavascriptExecutor) driver).executeScript(
                    "var g = document.querySelector('#diagram g.node.selected').getBoundingClientRect();"
                    + " var b = document.getElementById('diagram').getBoundingClientRect();"
                    + " var x = g.left + g.width / 2, y = g.top + g.height / 2;"
                    + " return x > b.left && x < b.right && y > b.top && y < b.bottom;");
            assertThat(inView).as("the selected claim after %s", button).isTrue();
        }

        // following a relation to another document opens that document's map at the claim
        WebElement toOther = details.findElement(By.cssSelector(".relations li.relation.cross-document a.claim-link"));
        String otherDoc = java.net.URLDecoder.decode(toOther.getAttribute("href").replaceFirst(".*#doc=([^&]+).*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
        toOther.click();
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("#doc-list li.doc.selected"), "data-doc", otherDoc));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram g.node.selected")));
        assertThat(driver.findElement(By.cssSelector("#diagram g.node.selected")).getAttribute("id")).startsWith("claim:" + otherDoc + "/");

        // a named query, shown as a table
        driver.findElement(By.id("tab-query")).click();
        Select select = new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("query-select"))));
        select.selectByValue("causes");
        assertThat(driver.findElement(By.id("query-description")).getText()).isNotBlank();
        assertThat(driver.findElement(By.cssSelector("#named-form input[data-param='doc']")).getAttribute("value"))
                .isEqualTo("id:" + SEED);
        driver.findElement(By.id("run-named")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results-status"), "causes:"));
        List<String> header = driver.findElements(By.cssSelector("#results table thead th")).stream().map(WebElement::getText).toList();
        assertThat(header).startsWith("cause", "label_en", "label_zh", "factor");
        int labelColumn = header.indexOf("label_en") + 1;
        Set<String> causes = new TreeSet<>();
        for (WebElement td : driver.findElements(By.cssSelector("#results table tbody tr td:nth-child(" + labelColumn + ")"))) {
            causes.add(td.getText().replaceFirst("@en$", ""));
        }
        assertThat(causes).containsExactly("AI ecosystem favours scale effects", "AI needs an effective policy environment",
                "High cost of adopting AI", "Security nature restricts diffusion");
        assertThat(driver.findElement(By.id("results-status")).getText()).matches("causes: \\d+ rows in \\d+ ms");
        screenshot("argkg-page-query.png");

        // ad-hoc SPARQL, and an error shown as such
        WebElement text = driver.findElement(By.id("sparql-text"));
        text.clear();
        text.sendKeys("SELECT (COUNT(?c) AS ?causes) WHERE { ?c a <https://w3id.org/argkg/ontology#Cause> }");
        driver.findElement(By.id("run-sparql")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results-status"), "1 row"));
        long expected = seeds.union().listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                seeds.union().createResource("https://w3id.org/argkg/ontology#Cause")).toList().size();
        assertThat(driver.findElement(By.cssSelector("#results table tbody td")).getText()).startsWith(Long.toString(expected));
        text.clear();
        text.sendKeys("SELECT WHERE {");
        driver.findElement(By.id("run-sparql")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results pre.error")));
        assertThat(error.getText()).contains("400");
    }

    @Test
    void labelsHoldingScriptAreShownAsText() throws Exception {
        driver.get(hostileServer.baseUrl() + "/#doc=hostile-doc");
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-meta .doc-heading")));
        // the claims of the other document are drawn with the scope 'linked'
        new Select(driver.findElement(By.id("scope"))).selectByValue("linked");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram svg g.node[id='claim:other-doc/release']")));
        assertThat(heading.getText()).isEqualTo("<script>alert('title')</script>小文 & \"引号\"");
        WebElement thesis = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#diagram svg g.node[id='claim:hostile-doc/thesis']")));
        assertThat(thesis.getText()).contains("<script>alert(\"x\")</script>强");
        thesis.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#details .label-zh"), "<script>"));
        assertThat(driver.findElement(By.cssSelector("#details .label-zh")).getText()).isEqualTo("<script>alert(\"x\")</script>强者恒强");
        assertThat(driver.findElement(By.cssSelector("#details .label-en")).getText()).isEqualTo("The \"strong\" stay <strong> & win");
        assertThat(driver.findElement(By.cssSelector("#details .statement-en")).getText()).contains("a quote \" that ends here\\");
        // the claim of the other document, which holds no text: its source link instead of quotes
        driver.findElement(By.cssSelector("#diagram svg g.node[id='claim:other-doc/release']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#details .label-en"), "</text><script>alert(2)</script>"));
        assertThat(driver.findElement(By.cssSelector("#details .quote-url a")).getAttribute("href")).isEqualTo("https://example.org/other#release");
        // a claim of another document is shown on this document's map, with a link to its own
        assertThat(driver.findElement(By.cssSelector("#doc-list li.doc.selected")).getAttribute("data-doc")).isEqualTo("hostile-doc");
        assertThat(driver.findElement(By.cssSelector("#details .from-doc a")).getText()).isEqualTo("Another <i>document</i> & co");
        // no script from the data ran or was added: only the page's own script element exists, and no alert opened
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(((Number) js.executeScript("return document.getElementsByTagName('script').length")).intValue()).isEqualTo(1);
        assertThat(js.executeScript("return document.querySelector('script').getAttribute('src')")).isEqualTo("app.js");
        assertThat(((Number) js.executeScript("return document.querySelectorAll('#details b, #details strong, #doc-meta i, #diagram svg script').length"))
                .intValue()).isZero();
        try {
            driver.switchTo().alert();
            fail("a script from the data opened an alert");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        screenshot("argkg-page-escaping.png");
    }

    /**
     * At 1,000 and 1,440 px the page opens on the seed article, the map and the claim pane sit side by
     * side with one scroll bar each (and none for the page), a search finds a claim and outlines it
     * on the map, and the plots draw.
     */
    @Test
    void opensOnTheSeedArticleAtBothWidthsWithOneScrollBarPerPaneAndSearchFindsAClaim() throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            for (int width : new int[] {1000, 1440}) {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 860));
                driver.get(seedServer.baseUrl() + "/");
                driver.navigate().refresh();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#doc-meta .doc-heading"), "科技强者恒强"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram svg g.node[id='claim:" + SEED + "/thesis']")));
                assertThat(driver.findElement(By.id("doc-select")).getAttribute("value")).isEqualTo(SEED);
                // the document's own language first
                assertThat(new Select(driver.findElement(By.id("lang"))).getOptions().get(0).getAttribute("value")).isEqualTo("zh");
                // side by side: the claim pane right of the map
                WebElement map = driver.findElement(By.cssSelector(".map-pane"));
                WebElement details = driver.findElement(By.id("details"));
                assertThat(details.getRect().getX()).as("at %d px", width).isGreaterThanOrEqualTo(map.getRect().getX() + map.getRect().getWidth());
                assertThat(map.getRect().getWidth()).as("at %d px", width).isGreaterThan(500);
                // the map is readable: fitting never shrinks it below 80 %
                Number scale = (Number) js.executeScript("var s = document.querySelector('#diagram svg');"
                        + " return s.getBoundingClientRect().width / Number(s.dataset.width);");
                assertThat(scale.doubleValue()).isGreaterThanOrEqualTo(0.79);

                driver.findElement(By.id("search")).sendKeys("Matthew\n");
                By found = By.cssSelector("#search-results li.search-result[data-claim='https://w3id.org/argkg/id/" + SEED + "/conclusion']");
                wait.until(ExpectedConditions.presenceOfElementLocated(found));
                assertThat(driver.findElements(By.cssSelector("#diagram g.node.match"))).isNotEmpty();
                assertScrollBars(js, width);
                screenshot("argkg-page-" + width + ".png");

                // a filter by role narrows the claims found
                new Select(driver.findElement(By.id("filter-role"))).selectByValue("Conclusion");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "claim"));
                wait.until(d -> d.findElements(By.cssSelector("#search-results li.search-result")).stream()
                        .allMatch(li -> li.getText().startsWith("Conclusion")));
                driver.findElement(By.id("search")).clear();
            }
            // the document named in the URL
            driver.get(seedServer.baseUrl() + "/#doc=us-eo-14110-2023");
            driver.navigate().refresh();
            wait.until(ExpectedConditions.attributeToBe(By.id("doc-select"), "value", "us-eo-14110-2023"));
            // the plots: the timeline and the factor matrix
            driver.findElement(By.id("tab-plots")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plot-timeline svg g.doc[data-doc='" + SEED + "']")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plot-factors svg rect.cell")));
            screenshot("argkg-page-plots.png");
            driver.findElement(By.cssSelector("#plot-timeline svg g.doc[data-doc='" + SEED + "'] text")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#doc-meta .doc-heading"), "科技强者恒强"));
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
        }
    }

    /** No scroll bar for the page, and at most one in each pane (none nested). */
    private static void assertScrollBars(JavascriptExecutor js, int width) {
        String count = "function n(root) { if (!root) { return 0; } var k = 0;"
                + " [root].concat(Array.prototype.slice.call(root.querySelectorAll('*'))).forEach(function (e) {"
                + "  var s = getComputedStyle(e); var y = /auto|scroll/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1;"
                + "  var x = /auto|scroll/.test(s.overflowX) && e.scrollWidth > e.clientWidth + 1; if (x || y) { k++; } });"
                + " return k; }";
        @SuppressWarnings("unchecked")
        List<Object> r = (List<Object>) js.executeScript(count + " var d = document.scrollingElement;"
                + " return [d.scrollHeight > d.clientHeight + 1 || d.scrollWidth > d.clientWidth + 1,"
                + " n(document.querySelector('.map-pane')), n(document.getElementById('details')), n(document.querySelector('.documents'))];");
        assertThat(r.get(0)).as("the page scrolls at %d px", width).isEqualTo(Boolean.FALSE);
        assertThat(((Number) r.get(1)).intValue()).as("scrolling boxes in the map pane at %d px", width).isLessThanOrEqualTo(1);
        assertThat(((Number) r.get(2)).intValue()).as("scrolling boxes in the claim pane at %d px", width).isLessThanOrEqualTo(1);
        assertThat(((Number) r.get(3)).intValue()).as("scrolling boxes in the documents pane at %d px", width).isLessThanOrEqualTo(1);
    }

    private static void screenshot(String name) throws Exception {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        assertThat(new File(SCREENSHOTS.resolve(name).toString())).exists();
    }
}
