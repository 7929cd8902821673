package org.aidnews.indexer.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.aidnews.indexer.normalize.ScriptConverter;

/**
 * Queries with the articles a user expects, read from {@code testdata/relevance.tsv}: each line is a
 * query, a tab, and a rule over the labelled facts that picks the relevant articles, so judgements
 * follow from the labels instead of from any system's output. Rules: {@code hospital=X},
 * {@code place=X}, {@code helper=X}, {@code recipient=X}, {@code pair=A>B}, {@code type=X},
 * {@code text=X} (in the labelled title or body, either script); {@code &} for all of, {@code |} for any of.
 */
public final class RelevanceJudgements {
  /** A judged query. */
  public record Judged(String query, String rule, Set<String> relevant) {}

  private RelevanceJudgements() {}

  public static List<Judged> load(Path tsv, Map<String, LabelledArticles.Label> labels) throws IOException {
    List<Judged> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": expected 'query<TAB>rule'");
      }
      Predicate<LabelledArticles.Label> rule = parse(cols[1].strip(), tsv + ":" + (i + 1));
      Set<String> relevant = new LinkedHashSet<>();
      for (LabelledArticles.Label l : labels.values()) {
        if (rule.test(l)) {
          relevant.add(l.url());
        }
      }
      if (relevant.isEmpty()) {
        throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": rule '" + cols[1] + "' selects no labelled article");
      }
      out.add(new Judged(cols[0].strip(), cols[1].strip(), relevant));
    }
    return out;
  }

  static Predicate<LabelledArticles.Label> parse(String rule, String where) {
    Predicate<LabelledArticles.Label> any = l -> false;
    for (String alt : rule.split("\\|")) {
      Predicate<LabelledArticles.Label> all = l -> true;
      for (String cond : alt.split("&")) {
        all = all.and(condition(cond.strip(), where));
      }
      any = any.or(all);
    }
    return any;
  }

  private static Predicate<LabelledArticles.Label> condition(String cond, String where) {
    int eq = cond.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException(where + ": bad condition '" + cond + "'");
    }
    String key = cond.substring(0, eq);
    String v = cond.substring(eq + 1);
    ScriptConverter c = ScriptConverter.get();
    return switch (key) {
      case "hospital" -> l -> l.hospitals().contains(v);
      case "place" -> l -> l.places().contains(v);
      case "helper" -> l -> l.helpers().contains(v);
      case "recipient" -> l -> l.recipients().contains(v);
      case "type" -> l -> l.agreementTypes().contains(v);
      case "pair" -> {
        String[] ab = v.split(">");
        yield l -> l.helpers().contains(ab[0]) && l.recipients().contains(ab[1]);
      }
      case "text" -> l -> c.toSimplified((l.title() == null ? "" : l.title()) + "\n" + l.body())
          .contains(c.toSimplified(v));
      default -> throw new IllegalArgumentException(where + ": unknown rule key '" + key + "'");
    };
  }
}
