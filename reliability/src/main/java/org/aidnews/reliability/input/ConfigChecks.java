package org.aidnews.reliability.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidnews.crawler.CrawlerCli;
import org.aidnews.reliability.web.Portal;

/**
 * Bad configuration files must stop the program with a message naming the file and the line or key,
 * never start it half-configured: a malformed copy of {@code config/synonyms.tsv} for the portal,
 * malformed sites YAML for {@code CrawlerCli crawl --dry-run} (exit code 2).
 */
public final class ConfigChecks {
  /** One malformed sites file and the key its error message must name. */
  public record BadSites(String name, String yaml, String key) {}

  private ConfigChecks() {}

  public static final List<BadSites> BAD_SITES = List.of(
      new BadSites("unknown key", site("  politnessMs: 1000\n"), "politnessMs"),
      new BadSites("missing seeds", "sites:\n  - id: demo\n    name: Demo\n", "seeds"),
      new BadSites("bad regex in allow", site("  allow: ['(unclosed']\n"), "allow"),
      new BadSites("politenessMs out of range", site("  politenessMs: -5\n"), "politenessMs"),
      new BadSites("seed not a URL", "sites:\n  - id: demo\n    name: Demo\n    seeds: ['not a url']\n", "seeds"),
      new BadSites("maxDepth not a number", site("  maxDepth: deep\n"), "maxDepth"),
      new BadSites("id with capitals", "sites:\n  - id: Demo Site\n    name: Demo\n    seeds: ['http://a.test/']\n", "id"),
      new BadSites("broken YAML (indentation)", "sites:\n  - id: demo\n   name: Demo\n  seeds: [\n", "line"),
      new BadSites("sites is not a list", "sites: 42\n", "sites"));

  private static String site(String extra) {
    return "sites:\n  - id: demo\n    name: Demo\n    seeds: ['http://a.test/']\n  " + extra.replaceFirst("^  ", "  ");
  }

  /** Problems with the crawler's handling of each bad sites file (empty when all held). */
  public static List<String> crawlerSites(Path work) throws IOException {
    List<String> problems = new ArrayList<>();
    Files.createDirectories(work);
    int i = 0;
    for (BadSites bad : BAD_SITES) {
      Path file = work.resolve("bad-sites-" + i++ + ".yml");
      Files.writeString(file, bad.yaml(), StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code;
      try {
        code = new CrawlerCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
            .run("crawl", "--sites", file.toString(), "--out", work.resolve("out").toString(), "--dry-run");
      } catch (RuntimeException | Error e) {
        problems.add(bad.name() + ": the crawler threw " + e);
        continue;
      }
      String message = err.toString(StandardCharsets.UTF_8);
      if (code != 2) {
        problems.add(bad.name() + ": exit code " + code + " (expected 2); stderr: " + message.strip());
      }
      if (!message.contains(file.getFileName().toString())) {
        problems.add(bad.name() + ": the message does not name the file: " + message.strip());
      }
      if (!message.contains(bad.key())) {
        problems.add(bad.name() + ": the message does not name '" + bad.key() + "': " + message.strip());
      }
    }
    return problems;
  }

  /**
   * Starts the portal with a copy of the real synonym file broken at one line; it must refuse to
   * start and name the file and that line. Returns problems (empty when it held).
   */
  public static List<String> portalSynonyms(Path repoSynonyms, Path work, Path emptyIndex)
      throws IOException, InterruptedException {
    List<String> lines = new ArrayList<>(Files.readAllLines(repoSynonyms, StandardCharsets.UTF_8));
    lines.add("医联体,,医疗联合体");
    int badLine = lines.size();
    Files.createDirectories(work);
    Path bad = work.resolve("synonyms-broken.tsv");
    Files.write(bad, lines, StandardCharsets.UTF_8);
    Portal.Refusal r = Portal.startExpectingFailure(Map.of("aidnews.synonyms", bad.toString(),
        "aidnews.index", emptyIndex.toString()), work.resolve("synonyms-portal.log"), 120);
    List<String> problems = new ArrayList<>();
    if (r.exitCode() == 0 || r.exitCode() == -1) {
      problems.add("the portal " + (r.exitCode() == -1 ? "kept running" : "exited 0") + " with a broken synonym file");
    }
    if (!r.log().contains(bad.getFileName() + ":" + badLine)) {
      problems.add("the start-up failure does not name " + bad.getFileName() + ":" + badLine);
    }
    return problems;
  }

  /** The repository's config directory, found from the working directory upwards. */
  public static Path repoConfig() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("config/synonyms.tsv"))) {
        return dir.resolve("config");
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no config/synonyms.tsv above " + Path.of("").toAbsolutePath());
  }
}
