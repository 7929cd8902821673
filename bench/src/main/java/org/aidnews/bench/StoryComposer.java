package org.aidnews.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes synthetic health-assistance stories: a headline and 1,000–3,000 characters of body in
 * which the facts (pairing, hospitals, agreement, dates, people, numbers) sit among sentences
 * assembled from Zipf-drawn words of the right classes. The text is not meant to be read; it is
 * meant to have the length, punctuation, word statistics and named entities of regional news.
 */
final class StoryComposer {
  /** Story kinds with their weights (per cent); "general" is health news without an assistance pairing. */
  private static final String[] KINDS = {"signing", "team", "surgery", "clinic", "visit", "general"};
  private static final int[] KIND_WEIGHTS = {25, 15, 15, 10, 10, 25};

  /** Controlled agreement types (the project's list) and how agreements of each are titled. */
  private static final String[][] AGREEMENTS = {
      {"医联体", "医疗联合体合作协议", "紧密型医联体建设协议", "医联体合作框架协议"},
      {"医共体", "县域医共体帮扶协议", "医共体建设合作协议"},
      {"专科联盟", "专科联盟合作协议", "专科联盟共建协议"},
      {"托管", "全面托管协议", "托管合作协议书"},
      {"对口帮扶", "对口帮扶协议", "对口支援协议书"},
      {"合作共建", "合作共建框架协议", "医疗帮扶合作共建框架协议"},
      {"组团式帮扶", "组团式帮扶工作协议", "组团式医疗帮扶协议"},
      {"远程医疗", "远程医疗合作协议", "远程会诊中心共建协议"},
  };

  /** Clause shapes; {x} draws a word of class x, {P} a place, {H} a hospital, {N} a number, {PER} a person. */
  private static final String[] CLAUSES = {
      "{d}{v}{a}{n}",
      "{p}{nd}{n}{v}{n}",
      "{d}{v}{nd}{n}",
      "{v}{nd}的{n}",
      "{a}的{nd}{n}{d}{v}",
      "{m}{nd}{v}{n}",
      "在{P}{v}{nd}{n}",
      "为{v}{nd}{n}{v}{a}{n}",
      "{nd}{v}{a}{n}",
      "{n}和{n}{d}{v}",
      "{t}{P}{v}{nd}",
      "{H}{v}{nd}{n}",
      "{d}{v}{n}{n}",
      "{v}{N}名{nd}",
      "{nd}的{n}{v}{a}",
      "把{nd}{n}{v}到{n}",
      "{PER}{title}{v}{nd}{n}",
      "累计{v}{nd}{N}人次",
      "{v}{a}{nd}{n}{N}项",
      "{n}{v}{a}的{nd}",
  };
  private static final Zipf CLAUSE_LAW = new Zipf(CLAUSES.length, 0.8);

  private final Gazetteer places;
  private final Vocabulary words;

  StoryComposer(Gazetteer places, Vocabulary words) {
    this.places = places;
    this.words = words;
  }

  /** The facts a story is written around. */
  private record Frame(
      String kind, Gazetteer.Pairing pairing, String helperCity, String county, Gazetteer.Hospital helperHospital,
      Gazetteer.Hospital recipientHospital, String[] agreement, LocalDate published, LocalDate eventDate,
      String dateText, String recipientPerson, String helperPerson) {}

  Story compose(long serial, SplittableRandom r) {
    Frame f = frame(r);
    String agreementTitle = f.agreement() == null ? null : f.agreement()[1 + r.nextInt(f.agreement().length - 1)];
    String title = title(f, agreementTitle, r);
    int target = 1000 + r.nextInt(2001);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(lead(f, agreementTitle, r));
    int length = title.length() + paragraphs.get(0).length();
    int i = 0;
    while (length < target) {
      String p = switch (i++ % 4) {
        case 0 -> factParagraph(f, r);
        case 1 -> quoteParagraph(f, r);
        default -> fillerParagraph(f, r, 2 + r.nextInt(4));
      };
      paragraphs.add(p);
      length += p.length();
    }
    if (f.pairing() != null) {
      paragraphs.add(closing(f, r));
    }
    Set<String> hospitals = new LinkedHashSet<>();
    if (f.helperHospital() != null) {
      hospitals.add(f.helperHospital().name());
    }
    if (f.recipientHospital() != null) {
      hospitals.add(f.recipientHospital().name());
    }
    return new Story(serial, f.kind(), title, paragraphs, f.published(), 7 * 60 + r.nextInt(14 * 60),
        f.pairing() == null ? null : f.pairing().helper().province(),
        f.pairing() == null ? null : f.pairing().recipient().province(),
        f.pairing() == null ? null : f.pairing().recipient().name(),
        f.county(), List.copyOf(hospitals), f.agreement() == null ? null : f.agreement()[0],
        person(r, false), person(r, false));
  }

  private Frame frame(SplittableRandom r) {
    String kind = weighted(KINDS, KIND_WEIGHTS, r);
    // Publish dates 2016–2026, more recent years more likely (sites keep growing).
    int year = 2016 + (int) Math.floor(Math.sqrt(r.nextDouble()) * 11);
    LocalDate published = LocalDate.of(Math.min(year, 2026), 1, 1).plusDays(r.nextInt(year >= 2026 ? 300 : 365));
    LocalDate event = published.minusDays(r.nextInt(6));
    String dateText = switch (r.nextInt(5)) {
      case 0 -> "近日";
      case 1 -> "日前";
      case 2 -> event.getYear() + "年" + event.getMonthValue() + "月" + event.getDayOfMonth() + "日";
      default -> event.getMonthValue() + "月" + event.getDayOfMonth() + "日" + (r.nextBoolean() ? "上午" : "下午");
    };
    if (kind.equals("general")) {
      // General health news of one helper or recipient city, no pairing.
      Gazetteer.Pairing any = places.pairings.get(r.nextInt(places.pairings.size()));
      boolean helperSide = r.nextBoolean();
      String city = helperSide ? pick(any.helper().cities(), r) : any.recipient().name();
      String province = helperSide ? any.helper().province() : any.recipient().province();
      List<Gazetteer.Hospital> local = places.hospitalsIn(province, city);
      Gazetteer.Hospital h = local.isEmpty() ? null : local.get(r.nextInt(local.size()));
      return new Frame(kind, null, city, null, h, null, null, published, event, dateText, person(r, false),
          person(r, false));
    }
    Gazetteer.Pairing pairing = places.pairings.get(r.nextInt(places.pairings.size()));
    String helperCity = pick(pairing.helper().cities(), r);
    String county = pick(pairing.recipient().counties(), r);
    List<Gazetteer.Hospital> helperHospitals = places.hospitalsIn(pairing.helper().province(), helperCity);
    List<Gazetteer.Hospital> recipientHospitals = r.nextInt(3) == 0
        ? places.hospitalsIn(pairing.recipient().province(), pairing.recipient().name()).stream()
            .filter(h -> h.name().startsWith(county)).toList()
        : List.of();
    if (recipientHospitals.isEmpty()) {
      recipientHospitals = places.hospitalsIn(pairing.recipient().province(), pairing.recipient().name());
    }
    String[] agreement = kind.equals("signing") ? AGREEMENTS[r.nextInt(AGREEMENTS.length)] : null;
    boolean minority = pairing.recipient().province().equals("新疆维吾尔自治区")
        || pairing.recipient().province().equals("西藏自治区");
    return new Frame(kind, pairing, helperCity, county, pick(helperHospitals, r), pick(recipientHospitals, r),
        agreement, published, event, dateText, person(r, minority ? pairing.recipient().province() : null),
        person(r, false));
  }

  private String title(Frame f, String agreementTitle, SplittableRandom r) {
    if (f.pairing() == null) {
      return f.helperCity() + words.draw("nd", r) + words.draw("v", r) + words.draw("a", r) + words.draw("n", r)
          + (r.nextBoolean() ? "" : "，" + words.draw("v", r) + words.draw("nd", r) + words.draw("n", r));
    }
    String helperShort = places.shortName(f.pairing().helper().province());
    String aid = f.pairing().recipient().province().equals("西藏自治区") ? "援藏" : "援疆";
    if (!f.pairing().recipient().province().equals("西藏自治区")
        && !f.pairing().recipient().province().equals("新疆维吾尔自治区")) {
      aid = "帮扶";
    }
    String h = f.helperHospital().name();
    String rh = f.recipientHospital().name();
    return switch (f.kind()) {
      case "signing" -> switch (r.nextInt(3)) {
        case 0 -> h + "与" + rh + "签订" + agreementTitle;
        case 1 -> rh + "与" + h + "签约" + f.agreement()[0] + "，" + words.draw("v", r) + words.draw("a", r) + "医疗服务";
        default -> helperShort + aid + "｜" + rh + f.agreement()[0] + "揭牌成立";
      };
      case "team" -> f.helperCity() + "第" + (2 + r.nextInt(12)) + "批" + aid + "医疗队抵达" + f.pairing().recipient().name();
      case "surgery" -> rh + "在" + helperShort + aid + "专家帮助下成功开展首例" + words.draw("nd", r);
      case "clinic" -> helperShort + aid + "医疗队赴" + f.county() + "开展义诊活动";
      default -> f.pairing().recipient().name() + "考察团赴" + f.helperCity() + words.draw("v", r) + "医疗" + aid + "工作";
    };
  }

  private String lead(Frame f, String agreementTitle, SplittableRandom r) {
    StringBuilder sb = new StringBuilder(300);
    sb.append(f.dateText()).append("，");
    if (f.pairing() == null) {
      sb.append(f.helperCity());
      if (f.helperHospital() != null) {
        sb.append(f.helperHospital().name());
      }
      sb.append(clause(f, r)).append("，").append(clause(f, r)).append("。");
      return sb.toString();
    }
    String h = f.helperHospital().name();
    String rh = f.recipientHospital().name();
    switch (f.kind()) {
      case "signing" -> sb.append(h).append("与").append(rh).append("在").append(f.county()).append("举行")
          .append(agreementTitle).append("签约仪式。").append(f.helperPerson()).append(words.draw("title", r)).append("、")
          .append(f.recipientPerson()).append(words.draw("title", r)).append("出席仪式并致辞，双方将在")
          .append(words.draw("nd", r)).append("、").append(words.draw("nd", r)).append("等方面开展合作。");
      case "team" -> sb.append(f.helperCity()).append("选派的").append(10 + r.nextInt(60)).append("名医疗人才抵达")
          .append(f.pairing().recipient().name()).append("，将在").append(rh).append("等单位开展为期")
          .append(r.nextBoolean() ? "一年半" : "半年").append("的帮扶工作。");
      case "surgery" -> sb.append("在").append(h).append("援派专家").append(f.helperPerson()).append("的指导下，")
          .append(rh).append(words.draw("nd", r)).append("团队成功完成首例").append(words.draw("nd", r))
          .append("，填补了").append(f.county()).append("该领域的空白。");
      case "clinic" -> sb.append(h).append("援").append(f.pairing().recipient().province().equals("西藏自治区") ? "藏" : "疆")
          .append("专家来到").append(f.county()).append("，为当地群众免费提供").append(words.draw("nd", r))
          .append("和健康咨询服务，共接诊群众").append(100 + r.nextInt(900)).append("人次。");
      default -> sb.append(f.pairing().recipient().name()).append("卫生健康委员会组织考察团赴").append(f.helperCity())
          .append("，先后走访").append(h).append("等单位，").append(clause(f, r)).append("。");
    }
    return sb.toString();
  }

  private String factParagraph(Frame f, SplittableRandom r) {
    StringBuilder sb = new StringBuilder(300);
    if (f.pairing() != null) {
      sb.append("据了解，").append(f.recipientHospital().name()).append("是").append(f.pairing().recipient().name())
          .append("的").append(words.draw("a", r)).append(words.draw("nd", r)).append("机构，").append(clause(f, r))
          .append("。近年来，").append(places.shortName(f.pairing().helper().province())).append("累计选派")
          .append(50 + r.nextInt(950)).append("名医疗人才，").append("帮助受援医院开展新技术新项目")
          .append(10 + r.nextInt(300)).append("项，").append(clause(f, r)).append("。");
    } else {
      sb.append(clause(f, r)).append("。截至").append(f.published().getYear()).append("年").append(f.published().getMonthValue())
          .append("月，").append(f.helperCity()).append("共有").append(words.draw("nd", r)).append(100 + r.nextInt(9000))
          .append("家，").append(clause(f, r)).append("。");
    }
    sb.append(sentence(f, r));
    return sb.toString();
  }

  private String quoteParagraph(Frame f, SplittableRandom r) {
    String who = r.nextBoolean() ? f.recipientPerson() : f.helperPerson();
    return "“" + clause(f, r) + "，" + clause(f, r) + "。”" + who + "表示，" + clause(f, r) + "，" + clause(f, r) + "。";
  }

  private String fillerParagraph(Frame f, SplittableRandom r, int sentences) {
    StringBuilder sb = new StringBuilder(400);
    for (int i = 0; i < sentences; i++) {
      sb.append(sentence(f, r));
    }
    return sb.toString();
  }

  private String closing(Frame f, SplittableRandom r) {
    return "下一步，" + places.shortName(f.pairing().helper().province()) + "与" + f.pairing().recipient().name()
        + "将" + words.draw("d", r) + words.draw("v", r) + words.draw("nd", r) + "，" + clause(f, r) + "，为"
        + words.draw("v", r) + "健康" + places.shortName(f.pairing().recipient().province()) + "作出新的贡献。";
  }

  private String sentence(Frame f, SplittableRandom r) {
    StringBuilder sb = new StringBuilder(120);
    int clauses = 2 + r.nextInt(3);
    for (int i = 0; i < clauses; i++) {
      if (i > 0) {
        sb.append(r.nextInt(8) == 0 ? "；" : "，");
      }
      sb.append(clause(f, r));
    }
    return sb.append(r.nextInt(20) == 0 ? "！" : "。").toString();
  }

  private String clause(Frame f, SplittableRandom r) {
    String shape = CLAUSES[CLAUSE_LAW.next(r)];
    StringBuilder sb = new StringBuilder(40);
    int i = 0;
    while (i < shape.length()) {
      char c = shape.charAt(i);
      if (c != '{') {
        sb.append(c);
        i++;
        continue;
      }
      int end = shape.indexOf('}', i);
      String slot = shape.substring(i + 1, end);
      sb.append(switch (slot) {
        case "P" -> place(f, r);
        case "H" -> f.helperHospital() != null && r.nextBoolean() ? f.helperHospital().name()
            : f.recipientHospital() != null ? f.recipientHospital().name() : words.draw("nd", r);
        case "N" -> Integer.toString(1 + r.nextInt(r.nextBoolean() ? 100 : 10_000));
        case "PER" -> r.nextBoolean() ? f.helperPerson() : f.recipientPerson();
        default -> words.draw(slot, r);
      });
      i = end + 1;
    }
    return sb.toString();
  }

  private String place(Frame f, SplittableRandom r) {
    if (f.pairing() == null) {
      return f.helperCity();
    }
    return switch (r.nextInt(4)) {
      case 0 -> f.county();
      case 1 -> f.pairing().recipient().name();
      case 2 -> f.helperCity();
      default -> places.shortName(f.pairing().recipient().province());
    };
  }

  /** A person's name: Han, or (for recipient-side people in Xinjiang and Tibet) often Uyghur or Tibetan. */
  private String person(SplittableRandom r, Object minorityProvince) {
    if ("新疆维吾尔自治区".equals(minorityProvince) && r.nextBoolean()) {
      return words.uniform("uyghur", r) + "·" + words.uniform("uyghur", r);
    }
    if ("西藏自治区".equals(minorityProvince) && r.nextBoolean()) {
      return words.uniform("tibetan", r) + words.uniform("tibetan", r);
    }
    return words.uniform("surname", r) + words.uniform("given", r);
  }

  private static <T> T pick(List<T> list, SplittableRandom r) {
    return list.get(r.nextInt(list.size()));
  }

  static String weighted(String[] values, int[] weights, SplittableRandom r) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = r.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }
}
