package org.aidnews.indexer.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.index.BuildAggregates;
import org.aidnews.indexer.index.Analyzers;
import org.aidnews.indexer.index.ArticleDocuments;
import org.aidnews.indexer.index.IndexLocation;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.model.Agreement;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.Party;
import org.aidnews.indexer.model.Place;
import org.aidnews.indexer.model.Quality;
import org.aidnews.indexer.model.Role;
import org.aidnews.indexer.model.Script;
import org.aidnews.indexer.model.Side;
import org.aidnews.indexer.normalize.ScriptConverter;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** A small, fixed corpus of enriched articles written straight into an index generation (no crawl). */
public final class SampleCorpus {
  private SampleCorpus() {}

  static final String XJ = "新疆维吾尔自治区";
  static final String ZJ = "浙江省";
  static final String GD = "广东省";
  static final String XZ = "西藏自治区";
  static final String BJ = "北京市";
  static final String SC = "四川省";

  static EnrichedArticle article(String url, String title, String body, LocalDate date, String source,
      List<Place> places, List<String> helpers, List<String> recipients, List<String> hospitals,
      List<Agreement> agreements, String cluster) {
    ScriptConverter c = ScriptConverter.get();
    Article a = new Article(url, Instant.parse("2026-11-01T00:00:00Z"), "UTF-8", title, body, date, "meta", source,
        null, c.detect(body), true, true, 1.0, new Quality(List.of(), Set.of(), 0, null));
    List<String> provinces = places.stream().map(Place::province).distinct().toList();
    return new EnrichedArticle(Pipeline.articleId(url), a, c.toSimplified(title), c.toSimplified(body), places,
        provinces, helpers, recipients, hospitals, agreements, List.of(), cluster);
  }

  static Place place(String province, String prefecture, String county, Role role) {
    return new Place(county != null ? county : prefecture != null ? prefecture : province, "000000", province,
        prefecture, county, role);
  }

  public static List<EnrichedArticle> articles() {
    return List.of(
        article("http://a.test/1", "我院赴阿克蘇參加浙阿重點疾病防治柔性援疆暨杭阿專科聯盟集中簽約儀式",
            "5月11日上午,在浙江省和杭州市援疆指揮部的牽頭下,浙阿重點疾病防治柔性援疆暨杭阿專科聯盟集中簽約儀式在阿克蘇地區疾控中心舉行。浙江大學醫學院附屬杭州市西溪醫院與地區第三人民醫院簽約。醫療援疆",
            LocalDate.of(2021, 5, 28), "浙江日报",
            List.of(place(ZJ, "杭州市", null, Role.helper), place(XJ, "阿克苏地区", null, Role.recipient)),
            List.of(ZJ), List.of(XJ), List.of("浙江大学医学院附属杭州市西溪医院", "阿克苏地区第三人民医院"),
            List.of(new Agreement("专科联盟", null, List.of(new Party("浙江大学医学院附属杭州市西溪医院", Side.helper)),
                LocalDate.of(2021, 5, 11), "5月11日", null)), "c1"),
        article("http://b.test/2", "广州市八医院团队到疏附县调研交流,共推医疗援疆工作",
            "日前,广州医科大学附属市八医院党委副书记一行9人到疏附县人民医院交流指导,看望慰问医疗援疆专家。双方签署了医联体合作协议。",
            LocalDate.of(2025, 5, 13), "南方农村报",
            List.of(place(GD, "广州市", null, Role.helper), place(XJ, "喀什地区", "疏附县", Role.recipient)),
            List.of(GD), List.of(XJ), List.of("广州医科大学附属市八医院", "疏附县人民医院"),
            List.of(new Agreement("医联体", "医联体合作协议", List.of(new Party("广州医科大学附属市八医院", Side.helper),
                new Party("疏附县人民医院", Side.recipient)), null, "日前", null)), "c2"),
        article("http://c.test/3", "北京援藏医疗队在拉萨开展义诊",
            "北京市第九批援藏医疗队来到拉萨市人民医院，为当地群众开展义诊和远程会诊培训。",
            LocalDate.of(2023, 8, 2), "拉萨日报",
            List.of(place(BJ, null, null, Role.helper), place(XZ, "拉萨市", null, Role.recipient)),
            List.of(BJ), List.of(XZ), List.of("拉萨市人民医院"), List.of(), "c3"),
        article("http://d.test/4", "西南医科大学附属医院与叙永县签署医疗联合体合作框架协议",
            "1月25日,西南医科大学附属医院与叙永县人民政府签署医疗联合体合作框架协议,建立紧密型医联体。",
            LocalDate.of(2022, 1, 26), "川南在线",
            List.of(place(SC, "泸州市", "叙永县", Role.recipient)),
            List.of(SC), List.of(SC), List.of("西南医科大学附属医院", "叙永县人民医院"),
            List.of(new Agreement("医联体", "医疗联合体合作框架协议", List.of(new Party("西南医科大学附属医院", Side.helper),
                new Party("叙永县人民政府", Side.recipient)), LocalDate.of(2022, 1, 25), "1月25日", "泸州市南苑宾馆")), "c4"),
        article("http://e.test/5", "医院招聘护士公告",
            "本院招聘护士若干名，欢迎报名。医疗援疆岗位另行通知。",
            LocalDate.of(2024, 3, 1), "某医院",
            List.of(place(XJ, null, null, Role.mentioned)),
            List.of(), List.of(), List.of(), List.of(), "c5"));
  }

  /** Writes {@code articles} as a published generation under {@code root}. */
  public static void write(Path root, List<EnrichedArticle> articles) throws IOException {
    IndexLocation loc = new IndexLocation(root);
    Path gen = loc.newGeneration();
    try (FSDirectory dir = FSDirectory.open(gen);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
      ArticleDocuments docs = new ArticleDocuments();
      BuildAggregates aggregates = new BuildAggregates();
      for (EnrichedArticle e : articles) {
        w.addDocument(docs.build(e, null, 0));
        aggregates.add(e);
      }
      aggregates.writeTo(w);
      w.setLiveCommitData(Map.of(Schema.COMMIT_SCHEMA_VERSION, Schema.VERSION,
          Schema.COMMIT_ARTICLES, Integer.toString(articles.size()),
          Schema.COMMIT_TIME, "2026-11-01T00:00:00Z").entrySet());
      w.commit();
    }
    loc.publish(gen);
  }
}
