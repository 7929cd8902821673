package org.aidnews.indexer.enrich.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.aidnews.indexer.model.Role;
import org.aidnews.indexer.model.Side;

/**
 * Gives each place found a role: helper (援出方), recipient (受援方) or mentioned.
 *
 * <p>Evidence, strongest first: an aid pair (浙阿: 浙江 helps 阿克苏); the article's framing (in a 援疆
 * story every place in Xinjiang or the 兵团 receives); wording right after a place (浙江省援疆指挥部,
 * 广州医疗援疆专家, 杭州对口支援…: helps) or right before it (对口支援阿克苏: receives), carried over a
 * coordination (浙江省和杭州市援疆指挥部); and the side of the institutions located there (the
 * province hospital that signs with a county government helps, the county receives). A place with no
 * evidence, or as much for both sides, is only mentioned.
 */
public final class RoleAssigner {
  private static final Pattern HELPER_AFTER = Pattern.compile(
      "^(?:等(?:地|省|市|省市|省区市|地市)?)?(?:省|市|区|县)?(?:医疗|卫健|卫生健康|卫生|中医|第[一二三四五六七八九十0-9]+批|籍|选派的|派出的|的|前方|组团式|“组团式”)?"
          + "(?:援疆|援藏|援青|对口支援|对口帮扶|对口援|援助|支援|帮扶|援建|援派|结对帮扶)");
  private static final Pattern RECIPIENT_BEFORE = Pattern.compile("(?:对口支援|对口帮扶|援助|支援|帮扶|援建|受援|结对|赴|前往|来到|走进|深入)$");
  /**
   * A team travelling from a place (宁波医疗专家走进布拖县, 深圳市人民医院专家团队赴河池): the place it comes
   * from helps, the destination (travel verb before it, {@link #RECIPIENT_BEFORE}) receives.
   */
  private static final Pattern HELPER_TRAVEL = Pattern.compile(
      "^[^，,。；;！？\\n]{0,10}?(?:专家|医疗队|医生|团队|医护人员)[^，,。；;！？\\n]{0,4}?(?:赴|前往|来到|走进|深入)");
  private static final Pattern HELPER_BEFORE = Pattern.compile("来自$");

  private final Gazetteer gazetteer;

  public RoleAssigner(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Roles by division code, in order of first mention.
   *
   * @param institutionSides sides of institutions by their location (from agreements and help sentences)
   */
  public Map<String, Role> assign(String text, List<PlaceMention> mentions, AidContext context,
      Map<Division, Side> institutionSides) {
    Map<String, int[]> score = new LinkedHashMap<>(); // [helper, recipient]
    Map<String, Division> byCode = new HashMap<>();
    boolean[] helperCue = new boolean[mentions.size()];
    for (int i = mentions.size() - 1; i >= 0; i--) {
      PlaceMention m = mentions.get(i);
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 24));
      boolean cue = HELPER_AFTER.matcher(after).find() || HELPER_TRAVEL.matcher(after).find();
      if (!cue && i + 1 < mentions.size() && after.length() > 0 && "和与及、".indexOf(after.charAt(0)) >= 0
          && mentions.get(i + 1).start() == m.end() + 1) {
        cue = helperCue[i + 1];
      }
      helperCue[i] = cue;
    }
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention m = mentions.get(i);
      Division d = m.division();
      byCode.putIfAbsent(d.code(), d);
      int[] s = score.computeIfAbsent(d.code(), k -> new int[2]);
      if (m.pairRole() == Role.helper) {
        s[0] += 3;
        continue;
      }
      if (m.pairRole() == Role.recipient) {
        s[1] += 3;
        continue;
      }
      if (context.inRegion(gazetteer.province(d))) {
        s[1] += 3;
        continue;
      }
      String before = text.substring(Math.max(0, m.start() - 6), m.start());
      if (helperCue[i] || (context.hasRegion() && HELPER_BEFORE.matcher(before).find())) {
        s[0] += 2;
      }
      if (RECIPIENT_BEFORE.matcher(before).find()) {
        s[1] += 2;
      }
    }
    for (Map.Entry<Division, Side> e : institutionSides.entrySet()) {
      Division target = nearestMentioned(e.getKey(), score.keySet());
      if (target == null || e.getValue() == Side.unknown) {
        continue;
      }
      int[] s = score.get(target.code());
      s[e.getValue() == Side.helper ? 0 : 1] += 3;
    }
    Map<String, Role> roles = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : score.entrySet()) {
      int[] s = e.getValue();
      roles.put(e.getKey(), s[0] > s[1] ? Role.helper : s[1] > s[0] ? Role.recipient : Role.mentioned);
    }
    return roles;
  }

  /** The division itself if mentioned, else its nearest mentioned ancestor, else null. */
  private Division nearestMentioned(Division d, java.util.Set<String> mentioned) {
    for (Division p : gazetteer.lineage(d)) {
      if (mentioned.contains(p.code())) {
        return p;
      }
    }
    return null;
  }

  /** Convenience for callers that only need codes in order. */
  public static List<String> codes(Map<String, Role> roles, Role role) {
    List<String> out = new ArrayList<>();
    roles.forEach((code, r) -> {
      if (r == role) {
        out.add(code);
      }
    });
    return out;
  }
}
