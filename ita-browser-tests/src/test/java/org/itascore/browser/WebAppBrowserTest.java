package org.itascore.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itascore.http.ItaServer;
import org.itascore.samples.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app as office staff meet it: {@code ita serve} in this JVM, Debian's headless Chromium driven through
 * chromium-driver. Each flow is clicked and typed as a person would; each page is checked by axe-core for serious
 * accessibility violations, has no console error, and is saved as a screenshot at desktop and phone widths
 * ({@code target/screenshots}) to be looked at. Expected figures: the Khon Kaen FY2566 report worked by hand (90.0532,
 * printed 90.05, grade A), and for the Google Forms exports the service's own API.
 *
 * <p>Without Chromium and its driver the tests are skipped on a workstation and fail under CI ({@code CI=true}),
 * where {@code .ci/run} installs them.
 */
class WebAppBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String[] KHON_KAEN = {"98.71", "90.03", "95.49", "94.20", "93.24", "90.87", "91.14", "88.02", "90.00",
        "83.75"};
    private static ItaServer server;
    private static Path files;
    private ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs chromium and chromium-driver: .ci/run installs them");
        }
        assumeTrue(present, "chromium and chromium-driver are not installed");
        server = ItaServer.builder().port(0).threads(4).build().start();
        files = Files.createTempDirectory("ita-browser");
        for (String sample : List.of("csv/iit-2564.csv", "csv/eit-2564.csv", "csv/oit-2564.csv", "cohort-2566.ndjson")) {
            Files.write(files.resolve(sample.substring(sample.lastIndexOf('/') + 1)), Samples.bytes(sample));
        }
        String[] oit = Samples.text("csv/oit-2564.csv").split("\n", -1);
        oit[2] = oit[2].replaceFirst(",มี,", ",อาจจะ,");
        Files.writeString(files.resolve("oit-wrong-label.csv"), String.join("\n", oit));
        // the IIT export with the question numbers taken off its headers, as a form without numbered questions gives
        String iit = Samples.text("csv/iit-2564.csv");
        int headerEnd = iit.indexOf('\n', iit.indexOf('\n', iit.indexOf("\"3.")) + 1);
        String unnumbered = iit.substring(0, headerEnd).replaceAll("(^|,)(\"?)[0-9]+\\. ", "$1$2") + iit.substring(headerEnd);
        Files.writeString(files.resolve("iit-unnumbered.csv"), unnumbered);
        // ... and with an overall satisfaction asked after the questions: 31 answer columns for 30 questions, whose
        // order cannot be trusted, so the person maps them
        int headerLines = (int) iit.substring(0, headerEnd).lines().count();
        List<String> lines = unnumbered.lines().toList();
        StringBuilder extra = new StringBuilder();
        for (int l = 0; l < lines.size(); l++) {
            extra.append(lines.get(l)).append(l == headerLines - 1 ? ",ความพึงพอใจโดยรวม" : l >= headerLines ? ",มาก" : "").append('\n');
        }
        Files.writeString(files.resolve("iit-unnumbered-extra.csv"), extra.toString());
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (files != null) {
            try (var list = Files.list(files)) {
                for (Path p : list.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(files);
        }
    }

    /**
     * Selenium looks for a DevTools (CDP) binding of the browser's version when a driver starts, and warns when the
     * Chromium Debian ships is newer than any it carries. These tests drive the browser through WebDriver alone and
     * never open DevTools, so the warning says nothing about them: it is turned down here, the logger held so that
     * it is not collected with its level.
     */
    private static final java.util.logging.Logger CDP_VERSION_FINDER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    @BeforeEach
    void open() {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=th-TH");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void go(String path) {
        browser.get(server.address().resolve(path).toString());
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit(String section) {
        click(By.cssSelector("#" + section + " form button[type=submit]"));
    }

    /**
     * Clicks what leads to another page, and waits for that page, loaded: a click returns before the browser
     * navigates. The old page is marked in script and the wait ends when the window's document no longer carries
     * the mark (asking the old page's element whether it is stale races the navigation: Chromium may answer that
     * the node "does not belong to the document" instead).
     */
    private void click(By what) {
        away(() -> browser.findElement(what).click());
    }

    /** Does what leaves the page (a click, going back), and waits for the next page, loaded: see {@link #click}. */
    private void away(Runnable action) {
        String mark = "page-" + System.nanoTime();
        ((JavascriptExecutor) browser).executeScript("window.itaPageMark = arguments[0];", mark);
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !mark.equals(((JavascriptExecutor) d).executeScript("return window.itaPageMark || null;"))
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }

    /** Checks the page as a person would meet it: no console error, no serious accessibility violation, screenshots. */
    private void look(String name) throws IOException {
        List<String> errors = new ArrayList<>();
        // a refused form is answered 422 on purpose (a script learns the refusal from the status): Chromium logs the
        // status of the page's own document, which is not an error of the page
        String refusedPage = browser.getCurrentUrl().replaceFirst("#.*", "") + " - Failed to load resource: the server"
                + " responded with a status of 422";
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !e.getMessage().replaceFirst("#\\S*", "").startsWith(refusedPage)) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of(), errors, name + ": console errors (a refused style or font shows here)");
        assertEquals(List.of(), axe(), name + ": serious or critical accessibility violations");
        // axe reads the style sheets in ways the page's policy refuses: its own log lines are not the next page's
        browser.manage().logs().get(LogType.BROWSER);
        Path dir = Path.of(System.getProperty("ita.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
            long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= size.getWidth(), name + " at " + size.getWidth() + " px scrolls sideways: " + width + " px wide");
            browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 140, 6000)));
            Files.write(dir.resolve(name + "-" + size.getWidth() + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /** {@return axe-core's serious and critical violations of the page, each as its rule and how many nodes break it} */
    @SuppressWarnings("unchecked")
    private List<String> axe() throws IOException {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // injected by the driver, not by the page: the page's policy allows no script, and needs none
        ((JavascriptExecutor) browser).executeScript(script);
        Object result = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => v.id + ' (' + v.nodes.length + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))));");
        return (List<String>) result;
    }

    @Test
    void theApiReferencePageShowsEveryOperationUnderThePagesPolicy() throws IOException {
        go("docs");
        // Swagger UI draws the document after fetching it: one block per operation, eleven
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector(".opblock")).size() == 11);
        List<String> summaries = browser.findElements(By.cssSelector(".opblock-summary-path")).stream().map(WebElement::getText).toList();
        assertTrue(summaries.contains("/v1/assessments") && summaries.contains("/health"), summaries.toString());
        assertTrue(browser.findElement(By.cssSelector(".info .title")).getText().startsWith("ITA score"));
        // a script, style or fetch the Content-Security-Policy refused would be a console error
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of(), errors, "console errors of /docs");
        Path dir = Path.of(System.getProperty("ita.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("api-docs-1280.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void typedScoresOfKhonKaenGive9005A() throws IOException {
        go("/");
        assertEquals("th", browser.findElement(By.tagName("html")).getAttribute("lang"));
        look("home");
        type("typed-office", "สพม.ขอนแก่น");
        type("typed-fiscalYear", "2566");
        for (int i = 0; i < KHON_KAEN.length; i++) {
            type("typed-indicator" + (i + 1), KHON_KAEN[i]);
        }
        submit("typed");
        assertEquals("90.05", browser.findElement(By.cssSelector(".badge .total")).getText());
        assertTrue(browser.findElement(By.cssSelector(".badge")).getText().contains("A"));
        look("result");
        // the way back, then the English page
        click(By.cssSelector(".toolbar a[href='/']"));
        click(By.cssSelector("a.lang"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        look("home-en");
    }

    @Test
    void aRefusedFormShowsEveryProblemAtItsField() throws IOException {
        go("/");
        type("typed-office", "สพม.ขอนแก่น");
        type("typed-fiscalYear", "66");
        type("typed-indicator3", "101");
        submit("typed");
        List<WebElement> items = browser.findElements(By.cssSelector("#typed-errors li"));
        assertEquals(2, items.size());
        assertTrue(items.get(1).getText().startsWith("ตัวชี้วัดที่ 3: “101”"), items.get(1).getText());
        assertEquals("true", browser.findElement(By.id("typed-indicator3")).getAttribute("aria-invalid"));
        assertEquals("สพม.ขอนแก่น", browser.findElement(By.id("typed-office")).getAttribute("value"));
        // the list's link takes the keyboard to the field
        items.get(1).findElement(By.tagName("a")).click();
        assertEquals("typed-indicator3", browser.switchTo().activeElement().getAttribute("id"));
        look("typed-refused");
    }

    @Test
    void theSampleOfficesGoogleFormsExportsGiveTheApisResult() throws Exception {
        go("/");
        browser.findElement(By.id("sheets-iit")).sendKeys(files.resolve("iit-2564.csv").toString());
        browser.findElement(By.id("sheets-eit")).sendKeys(files.resolve("eit-2564.csv").toString());
        browser.findElement(By.id("sheets-oit")).sendKeys(files.resolve("oit-2564.csv").toString());
        type("sheets-office", "สพม.ตัวอย่าง");
        type("sheets-fiscalYear", "2564");
        submit("sheets");
        String shown = browser.findElement(By.cssSelector(".badge .total")).getText();
        assertEquals(apiScore(), shown);
        look("raw-result");
    }

    @Test
    void aWrongLabelShowsItsRowAndColumn() throws IOException {
        go("/?lang=en");
        browser.findElement(By.id("sheets-iit")).sendKeys(files.resolve("iit-2564.csv").toString());
        browser.findElement(By.id("sheets-eit")).sendKeys(files.resolve("eit-2564.csv").toString());
        browser.findElement(By.id("sheets-oit")).sendKeys(files.resolve("oit-wrong-label.csv").toString());
        type("sheets-office", "สพม.ตัวอย่าง");
        type("sheets-fiscalYear", "2564");
        submit("sheets");
        String error = browser.findElement(By.cssSelector("#sheets-errors li")).getText();
        assertTrue(error.startsWith("oit-wrong-label.csv: row 3, column B “มี/ไม่มี”: “อาจจะ”"), error);
        look("sheets-refused");
    }

    @Test
    void aCohortGivesTheDashboard() throws IOException {
        go("/");
        browser.findElement(By.id("cohort-cohort")).sendKeys(files.resolve("cohort-2566.ndjson").toString());
        type("cohort-passRate", "80%");
        submit("cohort");
        assertFalse(browser.findElements(By.cssSelector("svg")).isEmpty(), "the dashboard's charts");
        assertTrue(browser.findElement(By.cssSelector(".toolbar a.download")).getAttribute("download").equals("ita-cohort.csv"));
        look("cohort");
    }

    @Test
    void theResultPrintsOnA4() throws IOException {
        go("/");
        type("typed-office", "สพม.ขอนแก่น");
        type("typed-fiscalYear", "2566");
        // pasted from a spreadsheet the cells are tab-separated; typed, a tab would move to the next field
        type("typed-scores", String.join(", ", KHON_KAEN));
        submit("typed");
        PrintOptions print = new PrintOptions();
        print.setPageSize(new PageSize(29.7, 21.0));
        print.setBackground(true);
        Pdf pdf = browser.print(print);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Files.createDirectories(Path.of(System.getProperty("ita.screenshots", "target/screenshots")));
        Files.write(Path.of(System.getProperty("ita.screenshots", "target/screenshots")).resolve("result.pdf"), bytes);
        int pages = pages(bytes);
        assertEquals(1, pages, "the result prints on one A4 page, as ita score's page does (.ci/print-check)");
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("/MediaBox [0 0 595") || text.contains("/MediaBox [ 0 0 595"), "A4 is 595 x 842 points");
    }

    /** {@return the number of pages of a PDF}: its page objects, {@code /Type /Page} not followed by {@code s} */
    private static int pages(byte[] pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page(?!s)").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** {@return the total the service's API gives for the sample exports}, sent as a PHP or Python client sends them */
    private static String apiScore() throws Exception {
        String boundary = "ita-browser-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : Map.of("iit", "csv/iit-2564.csv", "eit", "csv/eit-2564.csv", "oit", "csv/oit-2564.csv")
                .entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"; filename=\""
                    + f.getKey() + ".csv\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Samples.bytes(f.getValue()));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, String> f : Map.of("office", "สพม.ตัวอย่าง", "fiscalYear", "2564").entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.address().resolve("/v1/raw-assessments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        Matcher score = Pattern.compile("\"score\":([0-9.]+),\"grade\"").matcher(r.body());
        assertTrue(score.find(), r.body());
        // a JSON number: 79.1 is shown 79.10
        return new java.math.BigDecimal(score.group(1)).setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    @Test
    void fromTheResultWhatItTakesAndTheAnnualAnalysisPrintedOnA4() throws IOException {
        go("/");
        type("typed-office", "สพม.ขอนแก่น");
        type("typed-fiscalYear", "2566");
        type("typed-scores", String.join(" ", KHON_KAEN));
        submit("typed");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("whatif-target"))).selectByValue("AA");
        click(By.cssSelector("#whatif button[type=submit]"));
        // by hand (see WebAppTest): indicators 9 and 10 to 98.46 and 100.00, 24.71 points
        assertFalse(browser.findElements(By.cssSelector("ul.plan")).isEmpty(), () -> browser.getCurrentUrl() + "\n"
                + browser.findElement(By.tagName("body")).getText());
        String plan = browser.findElement(By.cssSelector("ul.plan")).getText();
        assertTrue(plan.contains("98.46") && plan.contains("100.00"), plan);
        look("whatif");
        away(() -> browser.navigate().back());
        type("annual-nationalAverage", "90.10");
        type("annual-nationalOffices", "245");
        browser.findElement(By.id("annual-history")).sendKeys("2561 66.57 B\n2562 86.82 A\n2563 87.67 A\n2564 91.50 A\n2565 90.53 A");
        type("annual-date", "2026-11-22");
        click(By.cssSelector("#annual button[type=submit]"));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("(2561-2566)"));
        look("annual");
        PrintOptions print = new PrintOptions();
        print.setPageSize(new PageSize(29.7, 21.0));
        print.setBackground(true);
        byte[] bytes = Base64.getDecoder().decode(browser.print(print).getContent());
        Files.write(Path.of(System.getProperty("ita.screenshots", "target/screenshots")).resolve("annual.pdf"), bytes);
        int pages = pages(bytes);
        assertTrue(pages >= 1 && pages <= 2, "the annual analysis prints on at most two A4 pages, as ita report's (.ci/print-check): "
                + pages);
    }

    @Test
    void theMappingPageMapsAFormWithUnnumberedHeadersAndScoresIt() throws Exception {
        // the form's order holds: scored at once, the page saying how
        go("/");
        browser.findElement(By.id("sheets-iit")).sendKeys(files.resolve("iit-unnumbered.csv").toString());
        browser.findElement(By.id("sheets-eit")).sendKeys(files.resolve("eit-2564.csv").toString());
        browser.findElement(By.id("sheets-oit")).sendKeys(files.resolve("oit-2564.csv").toString());
        type("sheets-office", "สพม.ตัวอย่าง");
        type("sheets-fiscalYear", "2564");
        submit("sheets");
        assertEquals(apiScore(), browser.findElement(By.cssSelector(".badge .total")).getText());
        assertTrue(browser.findElement(By.cssSelector(".reading-notes")).getText().contains("ตามลำดับในแบบฟอร์ม"));
        look("by-order");
        // an answer column too many: the person maps the columns
        go("/");
        browser.findElement(By.id("sheets-iit")).sendKeys(files.resolve("iit-unnumbered-extra.csv").toString());
        browser.findElement(By.id("sheets-eit")).sendKeys(files.resolve("eit-2564.csv").toString());
        browser.findElement(By.id("sheets-oit")).sendKeys(files.resolve("oit-2564.csv").toString());
        type("sheets-office", "สพม.ตัวอย่าง");
        type("sheets-fiscalYear", "2564");
        submit("sheets");
        assertEquals("จับคู่คอลัมน์กับคำถาม", browser.findElement(By.id("mapping-title")).getText());
        look("mapping");
        List<WebElement> lists = browser.findElements(By.cssSelector("select[id^=iit-column-]"));
        for (int c = 1; c < lists.size(); c++) {
            // column N answers the form's N-th question: the options are (not used), timestamp, office, then the questions
            new org.openqa.selenium.support.ui.Select(lists.get(c)).selectByIndex(c <= 30 ? 2 + c : 0);
        }
        click(By.cssSelector("button[value=score]"));
        assertEquals(apiScore(), browser.findElement(By.cssSelector(".badge .total")).getText());
    }
}
