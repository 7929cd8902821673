package org.aidnews.indexer.enrich.hospital;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidnews.indexer.enrich.place.Division;
import org.aidnews.indexer.enrich.place.PlaceForm;
import org.aidnews.indexer.enrich.place.Reading;
import org.aidnews.indexer.enrich.text.PhraseMatcher.Hit;

/**
 * Reads an institution name leftwards from its suffix, one known piece at a time: places from the
 * gazetteer, stems (人民, 中医, 附属 …), level words, ordinals, and at most {@value #MAX_UNKNOWN}
 * unknown characters in a row. It stops at punctuation and at function words and verbs that never
 * start a name (赴, 在, 与, 和, 向 …) unless a known piece covers them (和田, 同济). Deciding what the
 * pieces make is {@link HospitalRecognizer}'s job.
 */
final class NameParser {
  static final int MAX_UNKNOWN = 4;
  private static final int MAX_LENGTH = 32;

  private static final Map<String, NameToken.Kind> WORDS = new HashMap<>();
  private static final int LONGEST_WORD;

  static {
    for (String s : List.of("中西医结合", "中医药", "附属", "第一附属", "第二附属", "第三附属", "人民", "中医", "蒙医", "藏医", "维吾尔医",
        "哈萨克医", "民族", "妇幼", "妇女儿童", "妇产", "儿童", "肿瘤", "传染病", "精神卫生", "精神病", "心理", "口腔", "眼科", "骨伤",
        "骨科", "康复", "红十字会", "中心", "职工", "铁路", "总", "国际", "和平", "友谊", "协和", "华西", "湘雅", "同济", "仁济", "瑞金",
        "华山", "齐鲁", "西京", "唐都", "长征", "长海", "安贞", "天坛", "宣武", "同仁", "积水潭", "胸科", "心血管", "皮肤病", "结核病",
        "老年病", "医学部", "医疗", "健康", "集团", "分院", "师范", "科技", "理工", "交通", "医药", "医科", "中医骨伤", "保健",
        "解放军", "武警", "人民解放军", "军区", "妇婴", "中", "藏", "蒙")) {
      WORDS.put(s, NameToken.Kind.STEM);
    }
    for (String s : List.of("大学", "医科大学", "医学院", "学院", "中医药大学", "医药大学", "军医大学", "医学高等专科学校", "卫生学校")) {
      WORDS.put(s, NameToken.Kind.UNIVERSITY);
    }
    for (String s : List.of("自治区", "自治州", "地区", "省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "街道", "兵团", "师", "团")) {
      WORDS.put(s, NameToken.Kind.LEVEL);
    }
    for (String s : List.of("三甲", "三级", "甲等", "二级", "二甲", "综合", "专科", "公立", "民营", "基层", "县级", "市级", "省级", "地级",
        "乡级", "定点", "后方", "对口", "支援", "帮扶", "受援", "援助", "援疆", "援藏", "牵头", "合作", "协作", "成员", "各级", "当地",
        "本地", "地方", "城市", "农村", "大型", "方舱", "全市", "全县", "全省", "全区", "所在", "上级", "下级", "龙头", "核心", "医共体",
        "医联体", "共建", "托管", "家门口", "一流", "示范", "标准化", "其他", "附近", "周边", "多家", "各家", "知名", "优质", "省内",
        "区内", "县内", "市内", "国内", "中央", "部属", "省属", "市属", "县属", "国家级", "区域", "紧密型", "互联网", "医疗机构",
        "公办", "二级以上", "三级以上", "乡镇", "村", "社区", "签约", "结对", "派出", "选派", "后盾", "原", "现", "新", "老", "大")) {
      WORDS.put(s, NameToken.Kind.GENERIC);
    }
    for (String s : HospitalRecognizer.SUFFIXES) {
      WORDS.put(s, NameToken.Kind.INNER_SUFFIX);
    }
    int longest = 0;
    for (String s : WORDS.keySet()) {
      longest = Math.max(longest, s.length());
    }
    LONGEST_WORD = longest;
  }

  /** Characters that end a name when no known piece covers them. */
  private static final String STOP = "赴在与和向到及对为由是的将从给同跟让等了于至来去往入进驻即并且或而被把使令请经受派率带当每该本我其这那此各全共有已也都又还就要会能可以所家个位名批次前后里内外上下中间经过通过如";

  private final Map<Integer, List<Hit<PlaceForm>>> placesByEnd;

  /** @param placeHits every raw place hit in the text (not only the ones kept as places) */
  NameParser(List<Hit<PlaceForm>> placeHits) {
    this.placesByEnd = new HashMap<>();
    List<Hit<PlaceForm>> blockers = new ArrayList<>();
    for (Hit<PlaceForm> h : placeHits) {
      if (h.value().blocker()) {
        blockers.add(h);
      }
    }
    for (Hit<PlaceForm> h : placeHits) {
      if (!h.value().blocker() && !h.value().isPair() && !insideBlocker(h, blockers)) {
        placesByEnd.computeIfAbsent(h.end(), k -> new ArrayList<>()).add(h);
      }
    }
  }

  /** A place inside a blocking phrase (和县 in 医院和县中医院) is no place for names either. */
  private static boolean insideBlocker(Hit<PlaceForm> h, List<Hit<PlaceForm>> blockers) {
    for (Hit<PlaceForm> b : blockers) {
      if (b.start() <= h.start() && h.end() <= b.end() && b.length() > h.length()) {
        return true;
      }
    }
    return false;
  }

  static Set<String> words() {
    return WORDS.keySet();
  }

  /** The pieces of the name ending with the suffix at [suffixStart, suffixEnd), left to right. */
  List<NameToken> parse(String text, int suffixStart, int suffixEnd) {
    List<NameToken> tokens = new ArrayList<>();
    tokens.add(new NameToken(NameToken.Kind.SUFFIX, suffixStart, suffixEnd, text.substring(suffixStart, suffixEnd), null));
    int p = suffixStart;
    int unknownRun = 0;
    int limit = Math.max(0, suffixEnd - MAX_LENGTH);
    while (p > limit) {
      if (p - 2 >= limit && text.startsWith("中国", p - 2)) {
        // 中国 heads the names of national institutions (中国医科大学附属盛京医院, 中国医学科学院肿瘤医院,
        // 中国人民解放军总医院); it is a piece of the name, and 中 alone would be read as a stop word.
        tokens.add(new NameToken(NameToken.Kind.UNKNOWN, p - 2, p, "中国", null));
        p -= 2;
        unknownRun = 0;
        continue;
      }
      NameToken word = word(text, p, limit);
      NameToken place = place(text, p, limit);
      NameToken best = word;
      if (place != null && (word == null || place.text().length() > word.text().length())) {
        best = place;
      }
      if (best != null) {
        tokens.add(best);
        p = best.start();
        unknownRun = 0;
        continue;
      }
      char c = text.charAt(p - 1);
      if (!isHan(c) || STOP.indexOf(c) >= 0 || unknownRun >= MAX_UNKNOWN) {
        break;
      }
      // Merge consecutive unknown characters into one piece.
      NameToken last = tokens.get(tokens.size() - 1);
      if (last.kind() == NameToken.Kind.UNKNOWN) {
        tokens.set(tokens.size() - 1, new NameToken(NameToken.Kind.UNKNOWN, p - 1, last.end(), text.substring(p - 1, last.end()), null));
      } else {
        tokens.add(new NameToken(NameToken.Kind.UNKNOWN, p - 1, p, text.substring(p - 1, p), null));
      }
      unknownRun++;
      p--;
    }
    Collections.reverse(tokens);
    return tokens;
  }

  private static NameToken word(String text, int p, int limit) {
    for (int len = Math.min(LONGEST_WORD, p - limit); len >= 1; len--) {
      String s = text.substring(p - len, p);
      NameToken.Kind kind = WORDS.get(s);
      if (kind != null) {
        return new NameToken(kind, p - len, p, s, null);
      }
    }
    NameToken ordinal = ordinal(text, p, limit);
    return ordinal;
  }

  private static final String NUMERALS = "一二三四五六七八九十";

  private static NameToken ordinal(String text, int p, int limit) {
    int q = p;
    while (q > limit && NUMERALS.indexOf(text.charAt(q - 1)) >= 0 && p - q < 3) {
      q--;
    }
    if (q == p) {
      return null;
    }
    if (q > limit && text.charAt(q - 1) == '第') {
      q--;
    }
    return new NameToken(NameToken.Kind.ORDINAL, q, p, text.substring(q, p), null);
  }

  private NameToken place(String text, int p, int limit) {
    List<Hit<PlaceForm>> hits = placesByEnd.get(p);
    if (hits == null) {
      return null;
    }
    Hit<PlaceForm> best = null;
    for (Hit<PlaceForm> h : hits) {
      if (h.start() >= limit && (best == null || h.length() > best.length())) {
        best = h;
      }
    }
    if (best == null) {
      return null;
    }
    boolean full = false;
    for (Reading r : best.value().readings()) {
      full |= r.kind() != org.aidnews.indexer.enrich.place.NameKind.SHORT;
    }
    return new NameToken(NameToken.Kind.PLACE, best.start(), best.end(), best.phrase(), likely(best.value().readings()), full);
  }

  /** The division a place piece most likely means: the enclosing one when readings nest, else the highest level. */
  private static Division likely(List<Reading> readings) {
    Division best = null;
    for (Reading r : readings) {
      if (best == null || r.division().level().ordinal() < best.level().ordinal()) {
        best = r.division();
      }
    }
    return best;
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
