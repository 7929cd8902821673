package org.aidnews.indexer.enrich.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives an article topic labels from a controlled list. Each topic has cue words and a threshold:
 * the number of cue occurrences (title occurrences count double) needed. Distinctive terms (义诊,
 * 专科联盟) need one; broad ones (培训, 疫情) need several, because nearly every aid story trains
 * someone.
 */
public final class TopicTagger {
  /** One controlled topic. */
  private record Topic(String label, Pattern cue, int threshold, Pattern requires) {}

  private static final List<Topic> TOPICS = List.of(
      new Topic("远程医疗", Pattern.compile("远程医疗|远程会诊|远程诊疗|远程查房|远程影像|远程心电|远程病理|远程教学|互联网医院|5G"), 1, null),
      new Topic("人才培养", Pattern.compile("人才培养|培养人才|进修|带教|传帮带|师带徒|以师带徒|培训|带徒|业务骨干"), 2, null),
      new Topic("学科建设", Pattern.compile("学科建设|重点学科|重点专科|专科建设|学科带头人|新技术|新项目"), 2, null),
      new Topic("义诊", Pattern.compile("义诊"), 1, null),
      new Topic("捐赠", Pattern.compile("捐赠|捐献|捐助|赠送|捐建"), 1, null),
      new Topic("组团式援疆", Pattern.compile("组团式"), 1, Pattern.compile("援疆")),
      new Topic("组团式援藏", Pattern.compile("组团式"), 1, Pattern.compile("援藏")),
      new Topic("专科联盟", Pattern.compile("专科联盟"), 1, null),
      new Topic("医联体", Pattern.compile("医联体|医疗联合体|城市医疗集团"), 1, null),
      new Topic("医共体", Pattern.compile("医共体|医疗共同体|医疗服务共同体"), 1, null),
      new Topic("托管", Pattern.compile("托管"), 1, null),
      new Topic("对口支援", Pattern.compile("对口支援|对口帮扶|对口援疆|对口援藏|结对帮扶"), 1, null),
      new Topic("东西部协作", Pattern.compile("东西部协作|东西部扶贫协作|东西协作"), 1, null),
      new Topic("公共卫生", Pattern.compile("公共卫生|疾控|疾病预防|传染病|疫情防控|疫苗|预防接种|健康教育|慢病|慢性病"), 2, null),
      new Topic("中医药", Pattern.compile("中医药|中医院|中医医院|中医"), 3, null));

  public static List<String> labels() {
    return TOPICS.stream().map(Topic::label).distinct().toList();
  }

  public List<String> tag(String title, String body) {
    List<String> out = new ArrayList<>();
    String all = (title == null ? "" : title) + "\n" + (body == null ? "" : body);
    for (Topic t : TOPICS) {
      if (t.requires() != null && !t.requires().matcher(all).find()) {
        continue;
      }
      int n = 2 * count(t.cue(), title) + count(t.cue(), body);
      if (n >= t.threshold() && !out.contains(t.label())) {
        out.add(t.label());
      }
    }
    return out;
  }

  private static int count(Pattern p, String s) {
    if (s == null) {
      return 0;
    }
    String[] literals = LITERALS.computeIfAbsent(p, TopicTagger::literalAlternatives);
    if (literals.length > 0) {
      return countLiterals(literals, s);
    }
    int n = 0;
    Matcher m = p.matcher(s);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * Speed only (the regex engine tries every alternative at every position; this was 5 % of the
   * indexing CPU): a cue pattern that is a plain alternation of literals is counted with
   * {@link String#indexOf}, with the regex's semantics — leftmost match, the first listed
   * alternative wins at a position, the next search starts after the match.
   */
  private static final java.util.Map<Pattern, String[]> LITERALS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The alternatives of a plain literal alternation, or none when the pattern is a real regex. */
  static String[] literalAlternatives(Pattern p) {
    String[] alternatives = p.pattern().split("\\|", -1);
    for (String a : alternatives) {
      if (p.flags() != 0 || a.isEmpty() || a.chars().anyMatch(c -> "\\[](){}.*+?^$|".indexOf(c) >= 0)) {
        return new String[0];
      }
    }
    return alternatives;
  }

  static int countLiterals(String[] literals, String s) {
    int[] next = new int[literals.length];
    for (int k = 0; k < literals.length; k++) {
      next[k] = s.indexOf(literals[k]);
    }
    int n = 0;
    while (true) {
      int best = -1;
      for (int k = 0; k < literals.length; k++) {
        if (next[k] >= 0 && (best < 0 || next[k] < next[best])) {
          best = k;
        }
      }
      if (best < 0) {
        return n;
      }
      n++;
      int from = next[best] + literals[best].length();
      for (int k = 0; k < literals.length; k++) {
        if (next[k] >= 0 && next[k] < from) {
          next[k] = s.indexOf(literals[k], from);
        }
      }
    }
  }
}
