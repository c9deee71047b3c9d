package org.careergraph;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the machine's own headless Chromium through its chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}), so end-to-end tests see the pages as a
 * person's browser does; where either is missing the calling test is skipped, not failed.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

    /**
     * The system property naming a folder that gets a copy of every screenshot (the
     * README's: {@code docs}).
     */
    static final String SCREENSHOTS_FOLDER = "screenshots.folder";
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;

    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * A fresh browser with an empty profile under target/; skips the test when Chromium
     * is not installed.
     */
    public static HeadlessChromium start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files
            .isExecutable(CHROMEDRIVER), "Skipped: no headless Chromium here (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "). Install Debian's "
                    + "'chromium' and 'chromium-driver' packages, or pass -Dchromium.binary and -Dchromium.driver.");
        Path profile;
        try {
            Files.createDirectories(Path.of("target"));
            profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1500,1100", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /**
     * Saves what the browser shows as a PNG, e.g.
     * {@code target/screenshots/explorer-route.png}; with
     * {@code -Dscreenshots.folder=docs} also into that folder, which is how the README's
     * pictures are made.
     */
    public Path screenshot(String name) {
        Path file = Path.of("target", "screenshots", name);
        try {
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(file.getParent());
            Files.write(file, png);
            String folder = System.getProperty(SCREENSHOTS_FOLDER, "");
            if (!folder.isBlank()) {
                Files.createDirectories(Path.of(folder));
                Files.write(Path.of(folder, name), png);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() {
        driver.quit();
        try {
            FileSystemUtils.deleteRecursively(profile);
        }
        catch (IOException e) {
            // a leftover profile under target/ is harmless
        }
    }

}
