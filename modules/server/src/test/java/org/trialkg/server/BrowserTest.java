package org.trialkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trialkg.pipeline.Workspace;

/**
 * The web pages in a real browser: Debian's headless Chromium driven through its chromedriver. Skipped when either
 * is not installed ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them). With
 * {@code -Dtrialkg.screenshots=docs/screenshots} (or the environment variable {@code TRIALKG_SCREENSHOTS}) the run
 * also saves PNGs of the search, trial and drug pages there, a relative folder taken from the repository's root.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String NCT = "NCT09000001";
    /** Ten seconds: every page here renders in well under one; a loaded CI machine may be slower. */
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path tmp;
    private static Workspace ws;
    private static TrialkgServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + " (apt-get install chromium)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "no chromedriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
        ws = ExampleStore.build(tmp.resolve("store"));
        server = TrialkgServer.start(ws, new TrialkgServer.Address("127.0.0.1", 0));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start; the pages are our own.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900");
        // The driver named here, so that Selenium Manager never looks for (or downloads) another.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
        // the page redraws its hits when an answer arrives: an element read during a redraw is asked for again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (ws != null) {
            ws.close();
        }
    }

    @BeforeEach
    void blank() {
        browser.get("about:blank");
    }

    private static void open(String path) {
        browser.get(server.url() + path);
    }

    private static WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static List<String> hitIds() {
        return wait.until(d -> d.findElements(By.cssSelector(".hit .ids")).stream().map(WebElement::getText).toList());
    }

    private static String total() {
        return visible(By.id("total")).getText();
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchTypedAndEnteredShowsHitsLinkingToTrialPagesAndKeepsTheQueryInTheAddress() {
        open("");
        WebElement q = visible(By.id("q"));
        q.clear();
        q.sendKeys("toripalimab", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q=toripalimab"));
        wait.until(d -> hitIds().stream().anyMatch(s -> s.contains(NCT)));
        List<String> links = wait.until(d -> d.findElements(By.cssSelector(".hit a.trial")).stream()
                .map(a -> a.getAttribute("href")).toList());
        assertTrue(links.stream().anyMatch(h -> h.endsWith("/trial/" + NCT)), links.toString());
        assertTrue(links.stream().allMatch(h -> h.contains("/trial/") && !h.contains("/api/")), "trial pages, not JSON: " + links);
        List<String> ids = hitIds();
        assertTrue(ids.get(0).contains("score "), "a ranked search shows scores: " + ids);
        open("?q=toripalimab");
        wait.until(d -> hitIds().stream().anyMatch(s -> s.contains(NCT)));
        assertEquals("toripalimab", browser.findElement(By.id("q")).getAttribute("value"), "the address restores the search");
    }

    @Test
    void browsingEveryTrialShowsNoScore() {
        open("");
        wait.until(d -> !hitIds().isEmpty());
        assertTrue(hitIds().stream().noneMatch(s -> s.contains("score")), hitIds().toString());
    }

    @Test
    void facetClickFiltersAndBackForwardRestoreTheSearch() {
        open("?q=");
        String all = total();
        WebElement phase3 = visible(By.cssSelector("#facets a[data-facet=phase][data-value=PHASE3]"));
        // Keyboard: a facet is a link, taken with Enter.
        phase3.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("phase=PHASE3"));
        wait.until(d -> !total().equals(all));
        visible(By.cssSelector("#filters a.filter"));
        String filtered = total();
        browser.navigate().back();
        wait.until(d -> !d.getCurrentUrl().contains("phase="));
        wait.until(d -> total().equals(all));
        assertTrue(browser.findElements(By.cssSelector("#filters a.filter")).isEmpty(), "the filter went with the back step");
        browser.navigate().forward();
        wait.until(ExpectedConditions.urlContains("phase=PHASE3"));
        wait.until(d -> total().equals(filtered));
    }

    @Test
    void pagingMovesThroughTheHitsAndTheAddressHoldsThePage() {
        open("?limit=2");
        wait.until(d -> hitIds().size() == 2);
        List<String> first = hitIds();
        visible(By.cssSelector(".pager a.next")).click();
        wait.until(ExpectedConditions.urlContains("page=2"));
        wait.until(d -> !hitIds().equals(first) && !hitIds().isEmpty());
        List<String> second = hitIds();
        assertTrue(total().contains("(3–"), total());
        open("?limit=2&page=2");
        wait.until(d -> hitIds().equals(second));
        visible(By.cssSelector(".pager a.prev")).click();
        wait.until(d -> hitIds().equals(first));
    }

    @Test
    void invalidFilterValueSaysWhichValuesAreAccepted() {
        open("?phase=" + enc("Phase 3"));
        String error = visible(By.cssSelector("#results .error")).getText();
        assertTrue(error.contains("accepted: EARLY_PHASE1, PHASE1, PHASE2, PHASE3"), error);
    }

    @Test
    void trialPageShowsTheCardWithRegistryLinksArmsAndDrugLinks() {
        open("trial/" + NCT);
        assertTrue(visible(By.id("title")).getText().contains("Toripalimab"), browser.findElement(By.id("title")).getText());
        WebElement registry = browser.findElement(By.cssSelector("#ids a"));
        assertEquals("https://clinicaltrials.gov/study/" + NCT, registry.getAttribute("href"));
        assertFalse(browser.findElements(By.cssSelector("#arms tr")).isEmpty(), "the arms table");
        WebElement drug = browser.findElement(By.cssSelector("#drugs a.drug"));
        String name = drug.getText();
        drug.click();
        wait.until(ExpectedConditions.urlContains("/drug/"));
        assertEquals(name.toLowerCase(), visible(By.id("name")).getText().toLowerCase().replace(" (drug class)", ""));
    }

    @Test
    void drugPageListsItsTrialsByRegistryLinkingToTheirPages() {
        open("drug/capecitabine");
        assertEquals("capecitabine", visible(By.id("name")).getText().toLowerCase());
        assertTrue(visible(By.id("count")).getText().matches("\\d+ trials?"), browser.findElement(By.id("count")).getText());
        WebElement trial = browser.findElements(By.cssSelector("#drug a.trial")).stream()
                .filter(a -> a.getText().equals(ExampleStore.XSS_ID)).findFirst().orElseThrow();
        trial.click();
        wait.until(ExpectedConditions.urlContains("/trial/" + ExampleStore.XSS_ID));
        visible(By.id("title"));
    }

    @Test
    void sparqlBoxShowsTrialIrisAsLinksAndOffersCsv() throws Exception {
        open("");
        WebElement area = visible(By.id("query"));
        area.clear();
        area.sendKeys("PREFIX tk: <https://w3id.org/trialkg/ns#> SELECT ?trial ?id WHERE { ?trial tk:hasIdentifier/tk:identifier ?id } ORDER BY ?id");
        browser.findElement(By.cssSelector("#sparql button")).click();
        WebElement link = visible(By.cssSelector("#table td a"));
        assertTrue(link.getAttribute("href").contains("/trial?iri="), link.getAttribute("href"));
        String csv = visible(By.id("csv")).getAttribute("href");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("trial,id"), r.body());
        link.click();
        wait.until(ExpectedConditions.urlContains("/trial?iri="));
        visible(By.id("title"));
    }

    @Test
    void recordWithScriptInItsTitleShowsItAsTextAndRunsNothing() {
        open("?q=" + enc("fictional browser safety"));
        WebElement hit = visible(By.cssSelector(".hit a.trial"));
        assertTrue(hit.getText().contains("<script>window.trialkgXss = 1</script>"), hit.getText());
        open("trial/" + ExampleStore.XSS_ID);
        String title = visible(By.id("title")).getText();
        assertTrue(title.contains("<script>") && title.contains("<img src=x"), title);
        String page = browser.findElement(By.id("trial")).getText();
        assertTrue(page.contains("Adults aged >= 18 years with colorectal cancer [stage III]"), "markdown escapes read: " + page);
        assertTrue(browser.findElements(By.cssSelector("#trial script, #trial img")).isEmpty(), "no element from the record");
        assertNull(js("return window.trialkgXss;"), "no script of the record ran");
    }

    @Test
    void screenshotsOfThePagesWhenAsked() throws IOException {
        String to = System.getProperty("trialkg.screenshots", System.getenv("TRIALKG_SCREENSHOTS"));
        assumeTrue(to != null && !to.isBlank(), "screenshots only with -Dtrialkg.screenshots=FOLDER");
        Path dir = Path.of(to).isAbsolute() ? Path.of(to) : Path.of("../..").resolve(to);
        Files.createDirectories(dir);
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("?q=" + enc("capecitabine"));
        wait.until(d -> !hitIds().isEmpty());
        shot(dir.resolve("search.png"));
        open("trial/" + NCT);
        visible(By.id("arms"));
        shot(dir.resolve("trial.png"));
        open("drug/capecitabine");
        visible(By.id("count"));
        shot(dir.resolve("drug.png"));
    }

    private static void shot(Path file) throws IOException {
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(file) > 10_000, "a page, not a blank: " + file + " " + Files.size(file) + " bytes");
    }
}
