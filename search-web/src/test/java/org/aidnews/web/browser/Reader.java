package org.aidnews.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A reader at the portal: opens pages, types, clicks, reads, and keeps a screenshot of each step.
 * After every page it checks the browser console, so a script error or a refused resource on any page
 * fails the step that showed it.
 */
final class Reader {
  /** Long enough for a cold first page on a busy 2-core machine; a wait that ends early costs nothing. */
  private static final Duration PAGE_WAIT = Duration.ofSeconds(20);

  private final HeadlessChromium browser;
  private final WebDriver driver;
  private final String base;
  private final Path screenshots;
  private final String journey;
  private int step;

  Reader(HeadlessChromium browser, String base, Path screenshots, String journey) {
    this.browser = browser;
    this.driver = browser.driver();
    this.base = base;
    this.screenshots = screenshots;
    this.journey = journey;
  }

  /** Types {@code path} into the address bar, so to speak. */
  void open(String path) {
    driver.get(base + path);
    pageShown("open " + path);
  }

  /** Types {@code text} into the header's search box and presses Enter. */
  void search(String text) {
    WebElement box = find("form.searchbox input[name=q]");
    box.clear();
    box.sendKeys(text);
    leavePage(() -> box.sendKeys(Keys.ENTER), "search " + text);
  }

  /** Clicks {@code link} and waits until the page it leads to has replaced this one. */
  void follow(WebElement link) {
    String what = link.getText();
    leavePage(link::click, "click " + what);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText().strip();
  }

  List<String> texts(String css) {
    return findAll(css).stream().map(e -> e.getText().strip()).toList();
  }

  Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  String currentPath() {
    String url = driver.getCurrentUrl();
    return url.startsWith(base) ? url.substring(base.length()) : url;
  }

  /** Saves what the reader sees now as {@code <journey>-<n>-<name>.png}. */
  Path screenshot(String name) {
    step++;
    Path file = screenshots.resolve(String.format(Locale.ROOT, "%s-%02d-%s.png", journey, step, name));
    try {
      Files.createDirectories(screenshots);
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save screenshot " + file, e);
    }
    return file;
  }

  /**
   * Runs {@code action} and waits until the document it was on has gone (its root element is stale) and
   * the new one has loaded. Waiting on staleness, not on a sleep, is what keeps this from being flaky:
   * a click returns before the navigation it starts has finished.
   */
  private void leavePage(Runnable action, String what) {
    WebElement oldRoot = driver.findElement(By.tagName("html"));
    action.run();
    long deadline = System.nanoTime() + PAGE_WAIT.toNanos();
    while (true) {
      boolean gone;
      try {
        oldRoot.isEnabled();
        gone = false;
      } catch (StaleElementReferenceException e) {
        gone = true;
      }
      if (gone && "complete".equals(script("return document.readyState"))) {
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no new page within " + PAGE_WAIT.toSeconds() + " s after: " + what
            + " (still at " + driver.getCurrentUrl() + ")");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting after: " + what, e);
      }
    }
    pageShown(what);
  }

  private void pageShown(String what) {
    // Every page names its icon, so any failed request or script error is the page's own.
    assertThat(browser.takeConsoleErrors())
        .as("browser console errors after '%s' at %s", what, currentPath()).isEmpty();
    // Nothing may stick out sideways at laptop width: a reader should never have to scroll left and right.
    assertThat(script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
        .as("horizontal overflow in px after '%s' at %s", what, currentPath()).isEqualTo(0L);
  }
}
