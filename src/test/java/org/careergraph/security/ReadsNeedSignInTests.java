package org.careergraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.HrUploads.HR;
import static org.careergraph.HrUploads.HR_PASSWORD;
import static org.careergraph.HrUploads.VIEWER;
import static org.careergraph.HrUploads.VIEWER_PASSWORD;
import static org.careergraph.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.careergraph.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * With {@code reads-open=false} every read needs a sign-in by any configured user, and
 * each refusal says what is needed; the explorer page still loads, asks for the sign-in
 * itself and then draws the ladder. This app instance is closed after these tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "career-graph.access.reads-open=false", "career-graph.embedded.bolt-port=0",
                "career-graph.embedded.http-enabled=false",
                "career-graph.embedded.data-directory=target/test-graph/${random.uuid}",
                "career-graph.seeds.location=seeds" })
@DirtiesContext
class ReadsNeedSignInTests {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Test
    void aReadWithoutSignInIs401AskingForAnyUser() {
        var response = http.getForEntity("/api/classes", JsonNode.class);

        assertProblem(response, 401, "Reading needs a sign-in here: sign in (HTTP Basic) as any user of Career Graph.");
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Basic realm=\"Career Graph\"");
        assertThat(response.getBody().path("detail").asText()).doesNotContain("HR role");
        assertProblem(http.postForEntity("/api/pipeline/projection", null, JsonNode.class), 401, "any user");
    }

    @Test
    void aWriteWithoutSignInStillSaysItNeedsTheHrRole() {
        assertProblem(http.postForEntity("/api/import/seeds", null, JsonNode.class), 401,
                "This request changes data: sign in (HTTP Basic) as a user with the HR role.");
    }

    @Test
    void anyConfiguredUserMayRead() {
        assertThat(http.withBasicAuth(VIEWER, VIEWER_PASSWORD)
            .getForEntity("/api/classes", JsonNode.class)
            .getStatusCode()
            .value()).isEqualTo(200);
        assertThat(http.withBasicAuth(HR, HR_PASSWORD)
            .getForEntity("/api/graph/agencies", JsonNode.class)
            .getStatusCode()
            .value()).isEqualTo(200);
        assertProblem(http.withBasicAuth(VIEWER, "wrong").getForEntity("/api/classes", JsonNode.class), 401,
                "The user name or password is wrong.");
    }

    @Test
    void thePageItselfLoadsWithoutSignIn() {
        assertThat(http.getForEntity("/", String.class).getBody()).contains("id=\"sign-in\"");
        assertThat(http.getForEntity("/js/api.js", String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theExplorerPageAsksForASignInAndThenLoads() {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            ChromeDriver browser = chromium.driver();
            WebDriverWait wait = chromium.waiting(Duration.ofSeconds(20));
            browser.get("http://localhost:" + port + "/");
            wait.until(d -> d.findElement(By.id("sign-in")).getAttribute("open") != null);
            assertThat(message(browser)).contains("sign in", "any user");

            browser.findElement(By.id("sign-in-user")).sendKeys(VIEWER);
            browser.findElement(By.id("sign-in-password")).sendKeys("not-the-password");
            browser.findElement(By.id("sign-in-button")).click();
            wait.until(d -> message(d).contains("user name or password is wrong"));

            browser.findElement(By.id("sign-in-user")).clear();
            browser.findElement(By.id("sign-in-user")).sendKeys(VIEWER);
            browser.findElement(By.id("sign-in-password")).sendKeys(VIEWER_PASSWORD);
            browser.findElement(By.id("sign-in-button")).click();
            wait.until(d -> d.findElement(By.id("sign-in")).getAttribute("open") == null);
            wait.until(d -> !d.findElements(By.cssSelector("#drawn-list li")).isEmpty());
            assertThat(browser.findElement(By.id("sign-in")).getAttribute("open")).isNull();
        }
    }

    private static String message(WebDriver browser) {
        return browser.findElement(By.id("sign-in-message")).getText();
    }

}
