package org.aidnews.web.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium with a fresh profile, driven through ChromeDriver. Closing it quits the browser
 * and deletes the profile.
 *
 * <p>Both executables are named explicitly (Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} unless the system properties {@code aidnews.chromium} and
 * {@code aidnews.chromedriver} say otherwise). With both paths given, Selenium never runs Selenium
 * Manager, which would try to download a browser and a driver from sites this machine cannot reach.
 * A missing browser is an error, never a skip: a browser test that quietly does not run proves nothing.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path DEFAULT_BROWSER = Path.of("/usr/bin/chromium");
  static final Path DEFAULT_DRIVER = Path.of("/usr/bin/chromedriver");
  /** A common laptop page area; the screenshots in docs/screenshots are of this size. */
  static final Dimension VIEWPORT = new Dimension(1280, 900);

  private final Path profile;
  private final ChromeDriver driver;

  private HeadlessChromium(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  /**
   * Starts a browser whose reader prefers {@code acceptLanguage} (e.g. "en-US,en").
   *
   * @throws IllegalStateException naming the missing executable and how to install it
   */
  static HeadlessChromium start(String acceptLanguage) {
    Path browser = Path.of(System.getProperty("aidnews.chromium", DEFAULT_BROWSER.toString()));
    Path driverExe = Path.of(System.getProperty("aidnews.chromedriver", DEFAULT_DRIVER.toString()));
    for (Path exe : List.of(browser, driverExe)) {
      if (!Files.isExecutable(exe)) {
        throw new IllegalStateException("The browser test needs Chromium and ChromeDriver, but " + exe
            + " is missing: run 'scripts/install-browser.sh' as root (Debian packages chromium,"
            + " chromium-driver, fonts-noto-cjk), or point -Daidnews.chromium / -Daidnews.chromedriver at them.");
      }
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("aidnews-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a Chromium profile directory", e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    // --disable-background-networking/-component-update/-sync: Chromium otherwise keeps calling Google's
    // services, which this machine's closed network refuses, many connections at a time.
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900",
        "--force-device-scale-factor=1", "--hide-scrollbars");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setPageLoadTimeout(Duration.ofSeconds(30));
    options.setScriptTimeout(Duration.ofSeconds(10));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driverExe.toFile())
        .usingAnyFreePort()
        .withLogOutput(OutputStream.nullOutputStream())
        .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      // Headless Chromium still subtracts a window frame from --window-size; grow the window by that
      // frame so the page itself (and every screenshot) is exactly VIEWPORT.
      Number frame = (Number) driver.executeScript("return window.outerHeight - window.innerHeight");
      driver.manage().window().setSize(new Dimension(VIEWPORT.getWidth(), VIEWPORT.getHeight() + frame.intValue()));
      return new HeadlessChromium(profile, driver);
    } catch (RuntimeException e) {
      deleteTree(profile);
      throw new IllegalStateException("Chromium (" + browser + ") did not start under ChromeDriver (" + driverExe
          + "): " + e.getMessage(), e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  /** The browser console's errors (SEVERE entries: script errors, CSP refusals, failed loads) since the last call. */
  List<String> takeConsoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(e.getMessage());
      }
    }
    return errors;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A profile left in /tmp is harmless; the test result must not depend on it.
    }
  }
}
