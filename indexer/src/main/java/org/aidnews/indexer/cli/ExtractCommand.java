package org.aidnews.indexer.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.PageOutcome;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.model.Agreement;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.FetchedPage;
import org.aidnews.indexer.model.Party;
import org.aidnews.indexer.model.Place;
import org.aidnews.indexer.model.QualityFlag;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./aidnews extract [--url URL] [--content-type CT] [--fetched-at ISO-TIME] FILE...}: runs stored
 * pages through the whole pipeline and prints one JSON object per page and line: every extracted field,
 * the quality record, the charset decision and, when the page was indexed, the enrichment. A checker
 * tool in the manner of Nutch's: one page in, every field out.
 */
public final class ExtractCommand {
  static final String USAGE = "usage: aidnews extract [--url URL] [--content-type CT] [--fetched-at ISO-TIME] FILE...";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private ExtractCommand() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command; returns 0 when every file was read, 1 when some were not, 2 on bad arguments. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String url = null;
    String contentType = null;
    Instant fetchedAt = null;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--url", "--content-type", "--fetched-at" -> {
          if (i + 1 >= args.length) {
            err.println("extract: " + a + " needs a value\n" + USAGE);
            return 2;
          }
          String v = args[++i];
          if (a.equals("--url")) {
            url = v;
          } else if (a.equals("--content-type")) {
            contentType = v;
          } else {
            try {
              fetchedAt = Instant.parse(v);
            } catch (DateTimeParseException e) {
              err.println("extract: --fetched-at wants an ISO instant such as 2022-06-21T08:00:00Z, got '" + v + "'");
              return 2;
            }
          }
        }
        case "-h", "--help" -> {
          out.println(USAGE);
          return 0;
        }
        default -> {
          if (a.startsWith("--")) {
            err.println("extract: unknown option " + a + "\n" + USAGE);
            return 2;
          }
          files.add(Path.of(a));
        }
      }
    }
    if (files.isEmpty()) {
      err.println("extract: no FILE given\n" + USAGE);
      return 2;
    }
    if (url != null && files.size() > 1) {
      err.println("extract: --url names one page; give one FILE with it");
      return 2;
    }
    Pipeline pipeline = Pipeline.standard();
    int failures = 0;
    for (Path file : files) {
      ObjectNode line = process(pipeline, file, url, contentType, fetchedAt);
      if (line.has("error")) {
        failures++;
      }
      out.println(JSON.writeValueAsString(line));
    }
    return failures == 0 ? 0 : 1;
  }

  static ObjectNode process(Pipeline pipeline, Path file, String url, String contentType, Instant fetchedAt) {
    ObjectNode node = JSON.createObjectNode();
    String pageUrl = url != null ? url : file.toAbsolutePath().toUri().toString();
    node.put("file", file.toString());
    node.put("url", pageUrl);
    byte[] bytes;
    Instant fetched;
    try {
      bytes = Files.readAllBytes(file);
      fetched = fetchedAt != null ? fetchedAt : Files.getLastModifiedTime(file).toInstant();
    } catch (IOException | RuntimeException e) {
      node.put("error", "cannot read " + file + ": " + e.getMessage());
      return node;
    }
    Map<String, String> headers = new HashMap<>();
    if (contentType != null) {
      headers.put("content-type", contentType);
    }
    PageOutcome outcome;
    try {
      outcome = pipeline.process(new FetchedPage(pageUrl, fetched, 200, headers, bytes));
    } catch (RuntimeException e) {
      node.put("error", "pipeline failed on " + file + ": " + e);
      return node;
    }
    write(node, outcome);
    return node;
  }

  /** The JSON fields of one outcome (shared with eval-extract's per-page listing). */
  static void write(ObjectNode node, PageOutcome outcome) {
    Article a = outcome.article();
    if (a == null) {
      node.putNull("title");
      node.put("reject", outcome.reject() == null ? null : outcome.reject().name());
      node.put("detail", outcome.detail());
      return;
    }
    node.put("title", a.title());
    node.put("published", a.published() == null ? null : a.published().toString());
    node.put("publishedRule", a.publishedRule());
    node.put("source", a.source());
    node.put("author", a.author());
    node.put("script", a.script().name());
    node.put("isArticle", a.isArticle());
    node.put("onTopic", a.onTopic());
    node.put("topicScore", a.topicScore());
    node.put("charset", a.charset());
    String decodeRule = null;
    for (String r : a.quality().rules()) {
      if (r.startsWith("decode:")) {
        decodeRule = r.substring("decode:".length());
      }
    }
    node.put("charsetRule", decodeRule);
    ObjectNode q = node.putObject("quality");
    ArrayNode rules = q.putArray("rules");
    a.quality().rules().forEach(rules::add);
    ArrayNode flags = q.putArray("flags");
    a.quality().flags().stream().map(QualityFlag::name).sorted().forEach(flags::add);
    q.put("lostChars", a.quality().lostChars());
    q.put("rejectReason", a.quality().rejectReason() == null ? null : a.quality().rejectReason().name());
    node.put("reject", outcome.reject() == null ? null : outcome.reject().name());
    EnrichedArticle e = outcome.enriched();
    if (e != null) {
      ArrayNode places = node.putArray("places");
      for (Place p : e.places()) {
        ObjectNode pn = places.addObject();
        pn.put("name", p.name());
        pn.put("code", p.code());
        pn.put("province", p.province());
        pn.put("prefecture", p.prefecture());
        pn.put("county", p.county());
        pn.put("role", p.role() == null ? null : p.role().name());
      }
      strings(node.putArray("provinces"), e.provinces());
      strings(node.putArray("helperProvinces"), e.helperProvinces());
      strings(node.putArray("recipientProvinces"), e.recipientProvinces());
      strings(node.putArray("hospitals"), e.hospitals());
      ArrayNode agreements = node.putArray("agreements");
      for (Agreement ag : e.agreements()) {
        ObjectNode an = agreements.addObject();
        an.put("type", ag.type());
        an.put("title", ag.title());
        ArrayNode parties = an.putArray("parties");
        for (Party p : ag.parties()) {
          ObjectNode pn = parties.addObject();
          pn.put("name", p.name());
          pn.put("side", p.side() == null ? null : p.side().name());
        }
        an.put("date", ag.date() == null ? null : ag.date().toString());
        an.put("dateText", ag.dateText());
        an.put("dateYearInferred", ag.dateYearInferred());
        an.put("place", ag.place());
      }
      strings(node.putArray("topics"), e.topics());
      node.put("clusterKey", e.clusterKey());
    }
    node.put("body", a.body());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
