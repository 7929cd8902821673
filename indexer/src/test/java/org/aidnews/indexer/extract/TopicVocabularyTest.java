package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicVocabularyTest {
  @Test
  void aRemoteConsultationBetweenHospitalsIsOnTopic() {
    double score = TopicVocabulary.score("省城专家远程会诊 山区患者转危为安",
        "5月3日，布拖县人民医院通过远程会诊系统请四川省人民医院的专家为一名重症患者会诊。专家查看检查结果后调整了治疗方案。");
    assertThat(score).isGreaterThanOrEqualTo(TopicVocabulary.THRESHOLD);
  }

  @Test
  void donatedEquipmentWithTeachingIsOnTopic() {
    double score = TopicVocabulary.score("我院向墨玉县人民医院捐赠设备",
        "我院向墨玉县人民医院捐赠两台呼吸机。随行的两名医生将留下带教，培训当地护士使用新设备。");
    assertThat(score).isGreaterThanOrEqualTo(TopicVocabulary.THRESHOLD);
  }

  @Test
  void aHospitalNoticeWithoutAnyHelpStaysOffTopic() {
    double score = TopicVocabulary.score("关于门诊楼电梯检修的通知",
        "因电梯年检，门诊楼二号电梯于本周六停用一天，请患者和家属改走一号电梯，给您带来的不便敬请谅解。医院总务科");
    assertThat(score).isLessThan(TopicVocabulary.THRESHOLD);
  }
}
