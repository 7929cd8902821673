package org.aidnews.indexer.enrich.place;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which kind of paired assistance an article reports, read from its wording: 援疆 makes Xinjiang and
 * the 兵团 the receiving side, 援藏 Tibet, 援青 Qinghai, and 东西部协作 the western provinces.
 *
 * @param recipientRegions province codes on the receiving side by the article's own framing (may be empty)
 * @param xinjiang         the article speaks of 援疆
 */
public record AidContext(Set<String> recipientRegions, boolean xinjiang) {
  private static final Pattern XINJIANG = Pattern.compile("援疆|对口支援新疆|支援新疆|援助新疆");
  private static final Pattern TIBET = Pattern.compile("援藏|对口支援西藏|支援西藏");
  private static final Pattern QINGHAI = Pattern.compile("援青|对口支援青海|支援青海");
  private static final Pattern ORGANISED = Pattern.compile("组团式");
  private static final Pattern EAST_WEST = Pattern.compile("东西部协作|东西部扶贫协作|东西协作|东西部对口");
  private static final Set<String> WEST = Set.of("150000", "450000", "500000", "510000", "520000", "530000", "540000", "610000",
      "620000", "630000", "640000", "650000", "660000");

  /** The framing of {@code text}; the recipients of aid pairs found in it (闽宁: 宁夏) count as regions too. */
  public static AidContext of(String text, java.util.List<PlaceMention> mentions, Gazetteer gazetteer) {
    AidContext base = of(text);
    Set<String> regions = new HashSet<>(base.recipientRegions());
    for (PlaceMention m : mentions) {
      if (m.pairRole() == org.aidnews.indexer.model.Role.recipient) {
        regions.add(gazetteer.province(m.division()).code());
      }
    }
    return new AidContext(Set.copyOf(regions), base.xinjiang());
  }

  public static AidContext of(String text) {
    Set<String> regions = new HashSet<>();
    boolean xj = XINJIANG.matcher(text).find();
    if (xj) {
      regions.add("650000");
      regions.add("660000");
    }
    if (TIBET.matcher(text).find()) {
      regions.add("540000");
    }
    if (QINGHAI.matcher(text).find()) {
      regions.add("630000");
    }
    if (EAST_WEST.matcher(text).find()) {
      regions.addAll(WEST);
    }
    if (ORGANISED.matcher(text).find()) {
      // 医疗人才"组团式"帮扶 is a national programme for Tibet (since 2015) and Xinjiang (since 2016):
      // a story about it that names either region has that region on the receiving side.
      if (text.contains("西藏")) {
        regions.add("540000");
      }
      if (text.contains("新疆")) {
        regions.add("650000");
        regions.add("660000");
      }
    }
    return new AidContext(Set.copyOf(regions), xj);
  }

  /**
   * Wording of hospital-to-hospital assistance (帮扶, 义诊, 远程会诊, 带教, 托管, 医联体 …). Without a
   * regional framing, such a story's senior hospital is the helping side and its junior one the
   * receiving side (华西医院 consults for 昭觉县人民医院; 天水市第一人民医院 holds a clinic at 甘谷县人民医院).
   */
  private static final Pattern ASSISTANCE = Pattern.compile(
      "帮扶|支援|援建|援助|义诊|会诊|带教|查房|托管|医联体|医共体|专科联盟|进修|巡回医疗|下沉|坐诊|结对|传帮带|手术示范|技术指导");

  /** True when {@code text} reports assistance between institutions in its wording. */
  public static boolean reportsAssistance(String text) {
    return ASSISTANCE.matcher(text).find();
  }

  public boolean hasRegion() {
    return !recipientRegions.isEmpty();
  }

  public boolean inRegion(Division province) {
    return province != null && recipientRegions.contains(province.code());
  }

  /** Province codes named as regions here (a copy). */
  public Set<String> regions() {
    return new HashSet<>(recipientRegions);
  }
}
