package org.careergraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.careergraph.GraphApiTest;
import org.careergraph.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opens Neo4j Browser from the embedded server in a real headless Chromium: it connects
 * without a password, loads the Career Graph style and guide from the app, and draws a
 * guide query with that style.
 */
@GraphApiTest
class Neo4jBrowserPageTests {

    @Autowired
    EmbeddedNeo4jServer server;

    @LocalServerPort
    int port;

    @Test
    void connectsAppliesTheStyleAndPlaysTheGuide() {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            ChromeDriver browser = chromium.driver();
            WebDriverWait wait = chromium.waiting(Duration.ofSeconds(60));
            browser.get(server.browserUri().toString());

            // Connected without a password: the configured post-connect command has run.
            // Here the app
            // listens on a random port the command cannot know, so the test loads style
            // and guide itself.
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#monaco-main-editor")));
            wait.until(d -> d.findElements(By.cssSelector("[data-testid='frameCommand']"))
                .stream()
                .anyMatch(f -> f.getText().contains("/browser/guide.html")));
            run(browser, ":clear");
            String app = "http://localhost:" + port + "/browser/";
            run(browser, ":style " + app + "style.grass");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='stream']"),
                    "node.Management.Technical"));
            run(browser, ":play " + app + "guide.html");
            WebElement guide = wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='carousel']")));
            assertThat(guide.getAttribute("textContent")).contains("Career Graph", "(:JobClass)");

            for (int i = 0; i < 2; i++) {
                guide.findElement(By.cssSelector("[data-testid='nextSlide']")).click();
            }
            wait.until(ExpectedConditions.attributeContains(guide, "textContent", "The route to Director Level 3"));
            guide.findElements(By.cssSelector("pre.runnable"))
                .stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow()
                .click();
            browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();

            wait.until(d -> d.findElements(By.cssSelector("svg g.node")).size() == 7);
            String fills = (String) browser
                .executeScript("return [...document.querySelectorAll('svg g.node circle.b-outline')]"
                        + ".map(c => c.getAttribute('fill')).join(' ')");
            assertThat(fills).containsIgnoringCase("#9DCBEA").containsIgnoringCase("#F5C28F");
            chromium.screenshot("neo4j-browser.png");
        }
    }

    /**
     * Types a command into the Browser's editor and runs it with the run button (Enter
     * may pick a completion).
     */
    private static void run(ChromeDriver browser, String command) {
        WebElement editor = browser.findElement(By.cssSelector("#monaco-main-editor"));
        new Actions(browser).click(editor).sendKeys(command).perform();
        browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
    }

}
