package org.aidnews.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Token tables: a text, and the canonical hospitals found in it, in order of first mention. */
class HospitalRecognitionTest {
  private static List<String> hospitals(String text) {
    return TestEnricher.enrich(null, text, LocalDate.of(2024, 1, 1)).hospitals();
  }

  static Stream<Arguments> names() {
    return Stream.of(
        // the left boundary: verbs, prepositions and conjunctions never start a name
        Arguments.of("专家赴杭州市第三人民医院交流", List.of("杭州市第三人民医院")),
        Arguments.of("阿克苏市人民医院与杭州市第七人民医院协商", List.of("阿克苏市人民医院", "杭州市第七人民医院")),
        Arguments.of("江涌代表西南医科大学附属医院向叙永县人民医院授予牌匾", List.of("西南医科大学附属医院", "叙永县人民医院")),
        Arguments.of("在和田地区人民医院举行", List.of("和田地区人民医院")),
        Arguments.of("浙江大学医学院附属杭州市西溪医院副院长", List.of("浙江大学医学院附属杭州市西溪医院")),
        Arguments.of("阿克苏地区第三人民医院、阿克苏市传染病医院", List.of("阿克苏地区第三人民医院", "阿克苏市传染病医院")),
        // descriptions are not names
        Arguments.of("发挥省级三甲医院的作用，打造县级三级综合医院", List.of()),
        Arguments.of("杭州市多家对口支援医院和后方医院", List.of()),
        Arguments.of("参加签约的三家杭州医院", List.of()),
        Arguments.of("群众看病不用去大医院", List.of()),
        // 卫健委 is not a hospital; a 疾控中心 that is only a venue is not listed, one that acts is
        Arguments.of("阿克苏市卫健委负责人", List.of()),
        Arguments.of("仪式在阿克苏地区疾控中心举行", List.of()),
        Arguments.of("阿克苏地区疾控中心派出专家", List.of("阿克苏地区疾控中心")),
        // abbreviations declared in the text
        Arguments.of("广州医科大学附属市八医院(下简称“市八医院”)专家到疏附县人民医院（以下简称“县人民医院”）。市八医院向县人民医院捐赠设备。",
            List.of("广州医科大学附属市八医院", "疏附县人民医院")),
        // relative names resolved by the article's places and hospitals
        Arguments.of("甘肃省中医院与甘谷县人民政府签约。省中医院院长讲话。县人民医院、县中医院参加。",
            List.of("甘肃省中医院", "甘谷县人民医院", "甘谷县中医院")),
        Arguments.of("西溪医院与地区第三人民医院签约，阿克苏地区各族群众受益。", List.of("浙江大学医学院附属杭州市西溪医院", "阿克苏地区第三人民医院")),
        Arguments.of("县人民医院院长讲话", List.of()),
        // abbreviations of a full name in the same article, and the alias table
        Arguments.of("杭州市富阳中医骨伤医院专家到访。富阳骨伤医院将派专家。", List.of("杭州市富阳中医骨伤医院")),
        Arguments.of("瀘醫附院派遣專家", List.of("西南医科大学附属医院")),
        Arguments.of("新医大一附院专家", List.of("新疆医科大学第一附属医院")),
        Arguments.of("成都市第三人民医院专家。成都三医院将派驻团队。", List.of("成都市第三人民医院")),
        // a compound plaque name: the group hospital and its member
        Arguments.of("叙永县人民医院挂牌为“西南医科大学附属医院医疗集团叙永医院”", List.of("叙永县人民医院", "西南医科大学附属医院")),
        // an ambiguous alias needs the article's place
        Arguments.of("北京市专家在协和医院会诊", List.of("北京协和医院")),
        Arguments.of("湖北省武汉市协和医院专家", List.of("华中科技大学同济医学院附属协和医院")),
        Arguments.of("协和医院专家", List.of()),
        // the province in front of a city hospital is not part of its name
        Arguments.of("宁夏回族自治区固原市人民医院", List.of("固原市人民医院")),
        // towns are not in the gazetteer: the word before 镇/乡 is the town's name
        Arguments.of("专家来到托克扎克镇卫生院，并走访各乡镇卫生院", List.of("托克扎克镇卫生院")),
        // 县医院 is the county's main hospital when the article names it
        Arguments.of("疏附县人民医院专家。县医院将扩建。", List.of("疏附县人民医院")),
        // lost characters never make a name
        Arguments.of("阿克苏地区第一人民医??开展带教", List.of()),
        // issue 5: 州 aliases expand to the full autonomous-prefecture name; widely known short names
        Arguments.of("专家在恩施州中心医院查房", List.of("恩施土家族苗族自治州中心医院")),
        Arguments.of("伊犁州友谊医院与浙大二院结对", List.of("伊犁哈萨克自治州友谊医院", "浙江大学医学院附属第二医院")),
        Arguments.of("北京友谊医院专家赴当雄县", List.of("首都医科大学附属北京友谊医院")),
        Arguments.of("武汉大学人民医院（湖北省人民医院）专家", List.of("武汉大学人民医院")),
        // issue 5: levels listed (县市医院) and a verb before 乡/镇 (帮助乡卫生院) are descriptions
        Arguments.of("来自莎车县、泽普县等县市医院的学员", List.of()),
        Arguments.of("医疗队将帮助乡卫生院提高诊治能力", List.of()),
        // issue 5: 和 between two names is a conjunction, not 和县 (安徽)
        Arguments.of("疏附县人民医院。县人民医院和县中医院牵头", List.of("疏附县人民医院", "疏附县中医院")),
        Arguments.of("马鞍山市和县人民医院", List.of("和县人民医院")),
        // 中国 heads national institutions' names (中 alone is a stop word)
        Arguments.of("中国医科大学附属第四医院派出专家", List.of("中国医科大学附属第四医院")),
        // an autonomous county or banner shortened in the text: the hospital carries the full name
        Arguments.of("专家到互助县人民医院和鄂伦春旗人民医院坐诊", List.of("互助土族自治县人民医院", "鄂伦春自治旗人民医院")),
        Arguments.of("专家到大通回族土族自治县人民医院坐诊", List.of("大通回族土族自治县人民医院")),
        // the alias table: a well-known short name maps to the full official name
        Arguments.of("南京鼓楼医院专家来院查房", List.of("南京大学医学院附属鼓楼医院")),
        // Traditional text, converted by the pipeline before matching
        Arguments.of("廣州醫科大學附屬市八醫院與疏附縣人民醫院", List.of("广州医科大学附属市八医院", "疏附县人民医院")));
  }

  @ParameterizedTest
  @MethodSource("names")
  void tokenTable(String text, List<String> expected) {
    assertThat(hospitals(text)).containsExactlyElementsOf(expected);
  }
}
