package org.aidnews.indexer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote and who published: 来源 (the outlet) kept apart from the people (作者, 记者, 通讯员, 文/图
 * credits, editors). Labels are matched in both scripts; values are kept in the page's own script.
 */
final class Credits {
  private static final String STOP = "(?=\\s*(?:作者|作\\s*者|记者|記者|编辑|編輯|责任编辑|責任編輯|来源|來源|发布|發布|發佈|"
      + "时间|時間|日期|点击|點擊|浏览|瀏覽|阅读|閱讀|字号|字號|通讯员|通訊員|摄影|攝影|文/|图/|圖/|【|】|\\[|\\]|[)）]|$))";
  private static final Pattern SOURCE = Pattern.compile(
      "(?:信息来源|信息來源|稿件来源|稿件來源|文章来源|文章來源|来源于|來源于|來源於|来源|來源|出处|出處)\\s*[:：】\\]]\\s*"
          + "([^\\s:：|｜()（）【】\\[\\]]{2,30}?)" + STOP);
  private static final Pattern PERSON = Pattern.compile(
      "(?:作者|作\\s*者|记者|記者|撰稿|撰文|文字|通讯员|通訊員|摄影|攝影|文|图|圖)\\s*[:：/】\\]]\\s*"
          + "([^:：|｜()（）【】\\[\\]]{2,30}?)" + STOP);
  private static final Pattern EDITOR = Pattern.compile(
      "(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校|终审|終審|初审|初審)\\s*[:：】\\]]\\s*"
          + "([^:：|｜()（）【】\\[\\]]{2,20}?)" + STOP);
  // 中新网新疆新闻6月20日电(冯勇): the reporter named after a dateline.
  private static final Pattern DATELINE = Pattern.compile(
      "^.{0,30}?(?:\\d{1,2}月\\d{1,2}日)?(?:电|電|讯|訊)\\s*[(（]\\s*(?:记者|記者)?\\s*([^()（）\\d]{2,12}?)\\s*[)）]");
  private static final Pattern REPORTER_PAREN =
      Pattern.compile("[(（]\\s*(?:记者|記者|通讯员|通訊員)\\s*([^()（）]{2,30}?)\\s*[)）]");
  // 记者 陈家明 (no colon): two to four Han characters per name, names separated by spaces.
  private static final Pattern REPORTER_BARE = Pattern.compile(
      "(?:记者|記者|通讯员|通訊員)\\s+(\\p{IsHan}{2,4}(?:[ 、]\\p{IsHan}{2,4}){0,3})(?![\\p{IsHan}])");
  private static final Pattern LABEL_WORDS = Pattern.compile(".*(来源|來源|作者|点击|點擊|发布|發布|时间|時間|日期).*");

  final Set<String> sources = new LinkedHashSet<>();
  final Set<String> people = new LinkedHashSet<>();
  final Set<String> editors = new LinkedHashSet<>();

  void addMeta(String source, String author) {
    if (source != null && !source.isBlank()) {
      addSource(source);
    }
    if (author != null && !author.isBlank()) {
      addPerson(author);
    }
  }

  /** Reads credits from a header, credit or tail line. */
  void scan(String line) {
    Matcher m = SOURCE.matcher(line);
    while (m.find()) {
      addSource(m.group(1));
    }
    m = EDITOR.matcher(line);
    while (m.find()) {
      addTo(editors, m.group(1));
    }
    String withoutEditors = EDITOR.matcher(line).replaceAll(" ");
    m = PERSON.matcher(withoutEditors);
    while (m.find()) {
      addPerson(m.group(1));
    }
    m = REPORTER_BARE.matcher(withoutEditors);
    while (m.find()) {
      addPerson(m.group(1));
    }
  }

  /** Reads only editor credits from a line that is otherwise boilerplate. */
  void scanEditors(String line) {
    Matcher m = EDITOR.matcher(line);
    while (m.find()) {
      addTo(editors, m.group(1));
    }
  }

  /** Reads a reporter from the opening of the text (dateline or (记者 …)). */
  void scanLead(String firstLine) {
    Matcher m = DATELINE.matcher(firstLine);
    if (m.find()) {
      addPerson(m.group(1));
      return;
    }
    m = REPORTER_PAREN.matcher(firstLine.length() > 80 ? firstLine.substring(0, 80) : firstLine);
    if (m.find()) {
      addPerson(m.group(1));
    }
  }

  private void addSource(String raw) {
    String s = raw.trim().replaceAll("^[\\[【(（\\s]+|[\\]】)）\\s]+$", "");
    s = s.replaceAll("(原创稿|原創稿|转载|轉載|原创|原創)$", "");
    int dash = s.replace('－', '-').indexOf('-');
    if (dash > 1) {
      s = s.substring(0, dash); // 人民网-文化频道 → 人民网
    }
    if (s.length() >= 2 && !LABEL_WORDS.matcher(s).matches()) {
      sources.add(s);
    }
  }

  private void addPerson(String raw) {
    addTo(people, raw);
  }

  private static void addTo(Set<String> set, String raw) {
    String s = Whitespace.normalize(raw).replaceAll("[，,;；、]+$", "").trim();
    if (s.length() >= 2 && s.length() <= 30 && !LABEL_WORDS.matcher(s).matches()) {
      set.add(s);
    }
  }

  String source() {
    return sources.isEmpty() ? null : sources.iterator().next();
  }

  /** Authors, reporters and photographers first, then editors; one string, or null. */
  String author() {
    List<String> all = new ArrayList<>(people);
    for (String e : editors) {
      if (!all.contains(e)) {
        all.add(e);
      }
    }
    return all.isEmpty() ? null : String.join(" ", all);
  }
}
