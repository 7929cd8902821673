package org.aidnews.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidnews.indexer.enrich.place.Division;
import org.aidnews.indexer.enrich.place.DivisionLevel;
import org.aidnews.indexer.enrich.place.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  private final Gazetteer g = TestEnricher.get().gazetteer();

  @Test
  void holdsProvincesPrefecturesAndCountiesWithCodes() {
    long provinces = g.all().stream().filter(Division::isProvince).count();
    assertThat(provinces).isEqualTo(35); // 31 + 台湾, 香港, 澳门 + 新疆生产建设兵团
    assertThat(g.all()).hasSizeGreaterThan(3000);
    Division aksu = g.byName("阿克苏地区").get(0);
    assertThat(aksu.code()).isEqualTo("652900");
    assertThat(aksu.shortName()).isEqualTo("阿克苏");
    assertThat(g.province(aksu).name()).isEqualTo("新疆维吾尔自治区");
    Division shufu = g.byName("疏附县").get(0);
    assertThat(shufu.level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(g.prefecture(shufu).name()).isEqualTo("喀什地区");
    assertThat(g.byName("伊犁哈萨克自治州").get(0).shortName()).isEqualTo("伊犁");
  }

  @Test
  void bingtuanDivisionsAreUnitsOfTheProvinceLevelBingtuan() {
    Division first = g.byName("第一师阿拉尔市").get(0);
    assertThat(g.province(first).name()).isEqualTo("新疆生产建设兵团");
    assertThat(first.shortName()).isEqualTo("第一师");
    assertThat(g.byCode("659002").name()).isEqualTo("阿拉尔市"); // the city stays under Xinjiang, as GB/T 2260 has it
  }

  @Test
  void aBrokenTableFailsNamingFileAndLine(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("gazetteer"));
    Files.writeString(dir.resolve("gazetteer/divisions.tsv"), "code\tlevel\tname\tshort\tparent\n650000\tprovince\t新疆维吾尔自治区\t新疆\t\n65290\tprefecture\t阿克苏地区\t阿克苏\t650000\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.load(new ConfigFiles(dir)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("divisions.tsv:3");
  }

  @Test
  void anUnknownLevelIsNamed(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("gazetteer"));
    Files.writeString(dir.resolve("gazetteer/divisions.tsv"), "650000\tregion\t新疆维吾尔自治区\t新疆\t\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.load(new ConfigFiles(dir))).hasMessageContaining("unknown level 'region'");
  }

  @Test
  void aMissingTableIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> Gazetteer.load(new ConfigFiles(dir))).hasMessageContaining("divisions.tsv");
  }
}
