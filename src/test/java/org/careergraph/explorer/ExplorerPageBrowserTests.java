package org.careergraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.careergraph.GraphApiTest;
import org.careergraph.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uses the explorer page in a real headless Chromium as a person would: keyboard search,
 * route, ladder.
 */
@GraphApiTest
class ExplorerPageBrowserTests {

    static final List<String> CARD_ROUTE = List.of("mshp-associate-network-operations-technician",
            "mshp-network-operations-technician", "mshp-network-operations-supervisor",
            "mshp-network-operations-manager", "mshp-director-of-strategy-and-planning-level-1",
            "mshp-director-of-strategy-and-planning-level-2", "mshp-director-of-strategy-and-planning-level-3");

    @LocalServerPort
    int port;

    HeadlessChromium chromium;

    ChromeDriver browser;

    WebDriverWait wait;

    @BeforeEach
    void openExplorer() {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        wait = chromium.waiting(Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/");
        wait.until(d -> !d.findElements(By.cssSelector("#drawn-list li")).isEmpty());
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /**
     * Types into a search box and picks the wanted title with the arrow keys and Enter.
     */
    void choose(String inputId, String typed, String title) {
        WebElement input = browser.findElement(By.id(inputId));
        input.sendKeys(typed);
        String list = input.getAttribute("aria-controls");
        wait.until(d -> typed.equals(d.findElement(By.id(list)).getAttribute("data-query")));
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
        List<WebElement> options = browser.findElements(By.cssSelector("#" + list + " [role=option]"));
        int index = 0;
        while (!options.get(index).getText().startsWith(title)) {
            index++;
        }
        for (int i = 0; i <= index; i++) {
            input.sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(index).getAttribute("id"));
        input.sendKeys(Keys.ENTER);
        assertThat(input.getAttribute("value")).isEqualTo(title);
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void drawsTheCardsRouteAsALadderWithEveryStepExplained() {
        choose("from-input", "associate network", "Associate Network Operations Technician");
        choose("to-input", "director level 3", "Director of Strategy and Planning – Level 3");
        browser.findElement(By.id("route-button")).click();

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#step-list > li"), 7));
        wait.until(d -> d.findElements(By.cssSelector("#step-list .requirement"))
            .stream()
            .noneMatch(r -> r.getText().equals("…")));

        List<String> listed = browser.findElements(By.cssSelector("#step-list > li"))
            .stream()
            .map(li -> li.getAttribute("data-id"))
            .toList();
        assertThat(listed).isEqualTo(CARD_ROUTE);
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>) browser.executeScript("return window.careerGraph.drawnRoute()");
        assertThat(drawn).isEqualTo(CARD_ROUTE);
        Object routeEdges = browser.executeScript("return window.careerGraph.cy.edges('.route').length");
        assertThat(((Number) routeEdges).intValue()).isEqualTo(6);

        List<WebElement> steps = browser.findElements(By.cssSelector("#step-list > li"));
        assertThat(steps.get(0).getText()).contains("Starting point");
        assertThat(steps.get(4).getText()).contains("Promotion", "bridges.csv, line 2");
        assertThat(steps.get(1).getText()).contains("grades 18, 22, 25, 28", "Requires:");
        assertThat(steps.get(3).findElement(By.className("requirement")).getText()).contains("bachelor's degree",
                "7 years");
        assertThat(steps.get(0).findElements(By.className("changes"))).isEmpty();
        WebElement toManager = steps.get(3).findElement(By.cssSelector(".changes"));
        assertThat(toManager.findElement(By.tagName("summary")).getText()).contains("years 5 → 7",
                "supervision supervises → manages", "new statement");
        toManager.findElement(By.tagName("summary")).click();
        assertThat(toManager.getText()).contains("New: Responsibilities",
                "This is a managerial position planning, directing, and managing multiple teams",
                "(000_d8ac1a38b8960dfb.txt, line 61)", "Not stated for this class: certifications");
        assertThat(browser.getCurrentUrl()).contains("from=mshp-associate-network-operations-technician");

        chromium.screenshot("explorer-route.png");
    }

    @Test
    void clickingAClassOnTheLadderShowsItsDetail() {
        String id = "mshp-network-operations-supervisor";
        wait.until(d -> Boolean.TRUE
            .equals(browser.executeScript("return window.careerGraph.cy.getElementById(arguments[0]).nonempty()", id)));
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.executeScript(
                "const p = window.careerGraph.cy.getElementById(arguments[0]).renderedPosition(); return [p.x, p.y];",
                id);
        WebElement graph = browser.findElement(By.id("graph"));
        int dx = at.get(0).intValue() - graph.getSize().getWidth() / 2;
        int dy = at.get(1).intValue() - graph.getSize().getHeight() / 2;
        new Actions(browser).moveToElement(graph, dx, dy).click().perform();

        WebElement panel = browser.findElement(By.id("class-panel"));
        wait.until(ExpectedConditions.textToBePresentInElement(panel, "Next moves"));
        assertThat(panel.getText()).contains("Network Operations Supervisor", "grades 30, 33", "bachelor's degree",
                "000_d8ac1a38b8960dfb.txt, line 47", "Promotions", "Network Operations Manager");
    }

    @Test
    void saysWhyWhenThereIsNoRoute() {
        choose("from-input", "director level 3", "Director of Strategy and Planning – Level 3");
        choose("to-input", "associate network", "Associate Network Operations Technician");
        browser.findElement(By.id("to-input")).sendKeys(Keys.ENTER);

        WebElement steps = browser.findElement(By.id("route-steps"));
        wait.until(ExpectedConditions.textToBePresentInElement(steps, "never move downward"));
    }

}
