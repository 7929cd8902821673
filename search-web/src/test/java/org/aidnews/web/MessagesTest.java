package org.aidnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails on a UI string missing from either language, or a template key missing from the bundles. */
class MessagesTest {
  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(MessagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
    Set<String> zh = new TreeSet<>(load("messages.properties").stringPropertyNames());
    Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
    assertThat(en).as("keys missing from messages_en.properties").containsAll(zh);
    assertThat(zh).as("keys missing from messages.properties").containsAll(en);
  }

  @Test
  void everyKeyUsedInTemplatesExists() throws IOException {
    Set<String> keys = load("messages.properties").stringPropertyNames();
    Pattern literal = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    Pattern prefix = Pattern.compile("#\\{'([a-zA-Z0-9_.]+)' \\+");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates"))) {
      for (Path f : files.toList()) {
        String html = Files.readString(f, StandardCharsets.UTF_8);
        Matcher m = literal.matcher(html);
        while (m.find()) {
          if (!keys.contains(m.group(1))) {
            missing.add(f.getFileName() + ": " + m.group(1));
          }
        }
        Matcher p = prefix.matcher(html);
        while (p.find()) {
          String pre = p.group(1);
          if (keys.stream().noneMatch(k -> k.startsWith(pre))) {
            missing.add(f.getFileName() + ": " + pre + "*");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /** Keys built at run time from enum values ('quality.' + flag, 'side.' + side ...) exist for every value. */
  @Test
  void everyEnumShownOnAPageHasItsText() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
      Set<String> keys = load(bundle).stringPropertyNames();
      for (org.aidnews.indexer.model.QualityFlag f : org.aidnews.indexer.model.QualityFlag.values()) {
        check(keys, "quality." + f.name(), bundle, missing);
      }
      for (org.aidnews.indexer.model.Side s : org.aidnews.indexer.model.Side.values()) {
        check(keys, "side." + s.name(), bundle, missing);
      }
      for (org.aidnews.indexer.model.Role r : org.aidnews.indexer.model.Role.values()) {
        check(keys, "role." + r.name(), bundle, missing);
      }
      for (org.aidnews.web.agreement.SigningDate.Basis b : org.aidnews.web.agreement.SigningDate.Basis.values()) {
        String key = new org.aidnews.web.agreement.SigningDate(java.time.LocalDate.of(2022, 1, 1), "", b).explanationKey();
        if (key != null) {
          check(keys, key, bundle, missing);
        }
      }
      for (String dim : org.aidnews.indexer.index.Schema.AGREEMENT_DIMS) {
        check(keys, "facet." + dim, bundle, missing);
      }
    }
    assertThat(missing).isEmpty();
  }

  private static void check(Set<String> keys, String key, String bundle, Set<String> missing) {
    if (!keys.contains(key)) {
      missing.add(bundle + ": " + key);
    }
  }
}
