package com.platform.onboarding.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person at one headless Chromium (Debian's), against the service on localhost: what they see and do. */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    // Tasklist loads Angular, then the form, then its variables, on a 2-core VM that may be busy with Maven.
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final String journey;

    /** Skips (not fails) where the browser is not installed: CI installs it, a developer machine may not have it. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "); install them with 'apt-get install -y chromium chromium-driver'");
    }

    Browser(int port, String journey) {
        this(port, journey, 1400, 1000);
    }

    /** A browser window of this size: 390 wide is a phone. */
    Browser(int port, String journey, int width, int height) {
        this(port, journey, width, height, null);
    }

    /**
     * A browser set to this language (e.g. "zh-CN"), as the person's own would be: its date pickers then show and
     * take dates in that locale's order.
     */
    Browser(int port, String journey, int width, int height, String locale) {
        this.base = "http://localhost:" + port;
        this.journey = journey;
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The network is closed but for localhost: without these flags Chromium keeps dialling Google's services.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        if (locale != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", locale));
        }
        // A fixed driver path keeps Selenium Manager from trying to download one.
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        // A headless window stays at least 500 wide whatever it is told; a phone's narrower screen is emulated.
        if (width < 500) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                    "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
        // Debian's Chromium ships only its en-US locale: Intl's default (which the date pickers follow) is set here.
        if (locale != null) {
            driver.executeCdpCommand("Emulation.setLocaleOverride", java.util.Map.of("locale", locale));
        }
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Loads the page again, as a person pressing reload (opening the address shown would not: same page, same hash). */
    void reload() {
        driver.navigate().refresh();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        var field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        clickCentred(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))));
    }

    // Tasklist's footer and notices overlay the bottom of the form pane, where its buttons end up after scrolling;
    // Cockpit widens a hovered incident message over its row's buttons, so the pointer leaves first.
    private void clickCentred(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        new Actions(driver).moveToLocation(0, 0).perform();
        element.click();
    }

    /** Clicks the visible label, button or link carrying this text, as a person picks by what they read. */
    void clickText(String text) {
        clickCentred(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[self::label or self::button or self::a][contains(normalize-space(.), \"" + text + "\")]"))));
    }

    /** The page's visible text once it shows all of these; fails with what it showed instead. */
    String waitForText(String... texts) {
        until("showing all of " + List.of(texts), () -> {
            String shown = text();
            for (String t : texts) {
                if (!shown.contains(t)) {
                    return false;
                }
            }
            return true;
        });
        return text();
    }

    /** What the form's field under this label shows: values are shown in (disabled) fields, not as page text. */
    String fieldValue(String label) {
        String[] value = new String[1];
        until("a field labelled " + label, () -> {
            value[0] = (String) script("const label = [...document.querySelectorAll('label')]"
                    + ".find(l => l.textContent.trim() === arguments[0]);"
                    + "const field = label && document.getElementById(label.htmlFor);"
                    + "return field ? field.value : null;", label);
            return value[0] != null && !value[0].isEmpty();
        });
        return value[0];
    }

    /** Waits for what a person would wait for; if it never comes, the failure shows what the page showed instead. */
    void until(String what, java.util.function.Supplier<Boolean> condition) {
        try {
            wait.until(d -> condition.get());
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout");
            throw new AssertionError("The page never got to " + what + "; it showed:\n" + text(), e);
        }
    }

    /** Scrolls the section under this heading to the top of the window, where a person reading it would have it. */
    void scrollToHeading(String heading) {
        var found = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[self::h1 or self::h2 or self::h3][contains(normalize-space(.), \"" + heading + "\")]")));
        script("arguments[0].scrollIntoView({block: 'start'});", found);
    }

    /** Scrolls this element to the middle of the window. */
    void scrollTo(String css) {
        script("arguments[0].scrollIntoView({block: 'center'});", find(css));
    }

    /** The visible text of the section under this heading. */
    String sectionText(String heading) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//section[./h2[contains(normalize-space(.), \"" + heading + "\")]]"))).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Logs into Tasklist and waits for the person's filters, their entry point. */
    void loginToTasklist(String user, String password) {
        open("/camunda/app/tasklist/default/");
        type("input[ng-model='username']", user);
        type("input[ng-model='password']", password);
        screenshot("login-" + user);
        click("button[type=submit]");
        find(".task-filter");
    }


    /** Signs into the merchant portal and waits for the application page. */
    void signInToPortal(String user, String password) {
        open("/#/signin");
        type("#signin-username", user);
        type("#signin-password", password);
        click("form button[type=submit]");
        find(".stepper");
    }

    /** The portal in this language ("zh" or "en"): one click on the switch when it shows the other. */
    void portalLanguage(String language) {
        find(".top-actions button");
        String lang = (String) script("return document.documentElement.lang");
        if (!lang.startsWith(language)) {
            click(".top-actions button");
            until("the portal in " + language, () -> ((String) script("return document.documentElement.lang"))
                    .startsWith(language));
        }
    }

    /** Submits the open portal task form and waits for the portal's answer, thanks or what to fix. */
    String submitPortalForm() {
        // A person leaves the last field first: an open list of options closes.
        click("h1");
        click(".actions .button.primary");
        until("an answer to the form", () -> !all(".notice-ok, .notice-error").isEmpty());
        return text();
    }

    /** Picks a date in a form field's date picker, whatever format the browser's locale types dates in. */
    void pickDate(String key, LocalDate date) {
        var input = find(".task-form input[id$='-" + key + "-date']");
        script("arguments[0]._flatpickr.setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]), true);", input,
                date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Types a date into a form field's date picker as a person would, in the format the picker shows for the
     * browser's locale (m/d/Y, Y/m/d, …), then leaves the field; fails unless the picker took that day. Answers what
     * was typed.
     */
    String typeDate(String key, LocalDate date) {
        var input = find(".task-form input[id$='-" + key + "-date']");
        String typed = (String) script("var p = arguments[0]._flatpickr;"
                + "return p.formatDate(new Date(arguments[1], arguments[2] - 1, arguments[3]), p.config.dateFormat);",
                input, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), typed,
                org.openqa.selenium.Keys.ENTER);
        click("h1");
        until("the date picker holding " + date, () -> date.toString().equals(script("var d = arguments[0]"
                + "._flatpickr.selectedDates[0]; return d ? d.getFullYear() + '-' + String(d.getMonth() + 1)"
                + ".padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0') : null;", input)));
        return typed;
    }

    /** Chooses a file in a form field's file picker (the input itself is hidden behind its button). */
    void chooseFile(String key, Path file) {
        var input = driver.findElement(By.cssSelector(".task-form input[type=file][id$='-" + key + "']"));
        script("arguments[0].classList.remove('fjs-hidden'); arguments[0].style.display = 'block';", input);
        input.sendKeys(file.toAbsolutePath().toString());
        // Hidden again, so that screenshots show the picker as the person sees it.
        script("arguments[0].classList.add('fjs-hidden'); arguments[0].style.display = '';", input);
    }

    /**
     * What axe-core (an npm dependency of the portal, so installed by the build) finds serious or critical on the
     * page as it is now: one line per rule broken, with where.
     */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        try {
            script(Files.readString(Path.of("portal/node_modules/axe-core/axe.min.js")));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core comes with the portal's npm ci", e);
        }
        return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.id + ': ' + v.help + ' at ' + v.nodes.map(function (n) {"
                + "      return n.target.join(' '); }).join(', '); }));"
                + "});");
    }

    /** Logs into Cockpit and waits for its dashboard. */
    void loginToCockpit(String user, String password) {
        open("/camunda/app/cockpit/default/");
        type("input[ng-model='username']", user);
        type("input[ng-model='password']", password);
        click("button[type=submit]");
        waitForText("Processes");
    }

    /** The names of the tasks in the focused filter's list, once it shows this many. */
    List<String> taskNames(int expected) {
        until(expected + " tasks in the list", () -> all(".tasks-list li.task").size() == expected);
        return all(".tasks-list li.task h4.task").stream().map(WebElement::getText).toList();
    }

    void focusFilter(String name) {
        clickText(name);
    }

    /** Opens a task from the list by its name and waits for its form. */
    void openTaskFromList(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[contains(normalize-space(.), \""
                        + name + "\")]"))).click();
        find("button[ng-click='complete()']");
    }

    /** Opens the task with this id from the focused filter's list, where the person finds it among others. */
    void openListedTask(String taskId) {
        click(".tasks-list li.task h4.task a[href*='task=" + taskId + "']");
        find("button[ng-click='complete()']");
    }

    void claim() {
        click("button[ng-click='claim()']");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button[ng-click='claim()']")));
    }

    /** What the browser gets for a URL within this person's session: status, content type, and the body's start. */
    String fetch(String path) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text().then("
                + "function (t) { done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + t.substring(0, 8)); }); })"
                + ".catch(function (e) { done('failed ' + e); });", path);
    }

    /**
     * Clicks a link that opens in a new tab, switches to that tab and waits for it to load; answers the tab left, to
     * come back to with {@link #closeTab(String)}.
     */
    String followIntoNewTab(String css) {
        String left = driver.getWindowHandle();
        var before = driver.getWindowHandles();
        click(css);
        until("a new tab", () -> driver.getWindowHandles().size() > before.size());
        String opened = driver.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
        driver.switchTo().window(opened);
        until("the new tab loaded", () -> "complete".equals(script("return document.readyState")));
        return left;
    }

    /** Closes the current tab and goes back to the one it was opened from. */
    void closeTab(String back) {
        driver.close();
        driver.switchTo().window(back);
    }

    void openTask(String taskId) {
        open("/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    /** Completes the open task; Tasklist then drops it from the list and shows no form. */
    void complete() {
        dismissNotifications();
        click("button[ng-click='complete()']");
        until("the completed task's form closing", () -> all("button[ng-click='complete()']").isEmpty());
    }

    /** Tasklist's notices sit over the bottom right, where the Complete button is; a person closes them first. */
    void dismissNotifications() {
        for (var close : all(".page-notifications button.close")) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
        wait.until(d -> all(".page-notifications .alert").stream().noneMatch(WebElement::isDisplayed));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The element that has the keyboard, where a person's typing goes. */
    WebElement activeElement() {
        return driver.switchTo().activeElement();
    }

    /** Runs a script that answers by calling its last argument (a promise's result, for instance). */
    Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    void screenshot(String step) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(journey + "-" + step + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
