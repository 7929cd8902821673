package org.aidnews.crawler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitePolicyLoaderTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path f = dir.resolve("sites.yml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void appliesDocumentedDefaults() throws Exception {
        List<SitePolicy> sites = SitePolicyLoader.load(write("""
                sites:
                  - id: a
                    name: 站点
                    seeds: ["http://example.org/news/"]
                """));
        SitePolicy s = sites.getFirst();
        assertThat(s.name()).isEqualTo("站点");
        assertThat(s.politenessMs()).isEqualTo(1000);
        assertThat(s.maxDepth()).isEqualTo(5);
        assertThat(s.maxPages()).isEqualTo(1000);
        assertThat(s.charset()).isNull();
        assertThat(s.enabled()).isTrue();
        assertThat(s.allowPrivateAddresses()).isFalse();
        assertThat(s.reachable()).isTrue();
        assertThat(s.allow()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key        | '    seedz: [\"http://x.org/\"]'       | 4 | seedz
            bad regex          | '    articlePattern: \"art_(\"'        | 4 | articlePattern
            bad URL            | '    sitemaps: [\"ftp://x.org/s.xml\"]' | 4 | sitemaps
            bad number         | '    maxDepth: deep'                  | 4 | maxDepth
            bad boolean        | '    enabled: yes please'             | 4 | enabled
            bad region         | '    regionHint: \"650100\"'           | 4 | regionHint
            unknown charset    | '    charset: klingon-8'              | 4 | charset
            """)
    void namesFileLineAndKey(String what, String line, int lineNumber, String key) throws Exception {
        Path f = write("sites:\n  - id: a\n    name: A\n" + line + "\n    seeds: [\"http://x.org/\"]\n");
        assertThatThrownBy(() -> SitePolicyLoader.load(f))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(f + ":" + lineNumber)
                .hasMessageContaining("'" + key + "'");
    }

    @Test
    void missingRequiredKeyIsNamed() throws Exception {
        Path f = write("sites:\n  - id: a\n    seeds: [\"http://x.org/\"]\n");
        assertThatThrownBy(() -> SitePolicyLoader.load(f)).hasMessageContaining("'name'").hasMessageContaining("missing");
        Path g = write("sites:\n  - id: a\n    name: A\n");
        assertThatThrownBy(() -> SitePolicyLoader.load(g)).hasMessageContaining("'seeds'");
    }

    @Test
    void duplicateIdsAndBrokenYamlAreRejected() throws Exception {
        Path f = write("sites:\n  - {id: a, name: A, seeds: [\"http://x.org/\"]}\n  - {id: a, name: B, seeds: [\"http://y.org/\"]}\n");
        assertThatThrownBy(() -> SitePolicyLoader.load(f)).hasMessageContaining("duplicate site id 'a'");
        Path g = write("sites:\n  - id: a\n   name: [\n");
        assertThatThrownBy(() -> SitePolicyLoader.load(g)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void theShippedConfigurationsLoad() throws Exception {
        List<SitePolicy> real = SitePolicyLoader.load(Path.of("../config/sites.yml"));
        assertThat(real).hasSizeGreaterThanOrEqualTo(20);
        assertThat(real).allSatisfy(s -> {
            assertThat(s.reachable()).as(s.id()).isFalse();
            assertThat(s.allowPrivateAddresses()).isFalse();
            assertThat(s.regionHint()).isNotNull();
            assertThat(s.articlePattern()).isNotNull();
        });
        assertThat(real).extracting(s -> s.seeds().getFirst().getHost())
                .contains("wjw.xinjiang.gov.cn", "wjw.xizang.gov.cn", "wsjkw.zj.gov.cn", "wsjkw.gd.gov.cn",
                        "wsjkw.sh.gov.cn", "www.xj.chinanews.com.cn");
        List<SitePolicy> demo = SitePolicyLoader.load(Path.of("../config/sites-demo.yml"));
        assertThat(demo).isNotEmpty().allSatisfy(s -> {
            assertThat(s.allowPrivateAddresses()).isTrue();
            assertThat(s.seeds().getFirst().getHost()).isEqualTo("127.0.0.1");
        });
    }
}
