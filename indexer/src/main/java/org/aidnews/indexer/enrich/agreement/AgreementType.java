package org.aidnews.indexer.enrich.agreement;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The controlled agreement types, with the wording that signals each. Order matters: the first type
 * whose wording appears wins, so the narrower arrangement beats the broader one (a 医疗帮扶合作共建框架协议
 * is 合作共建, not 对口帮扶; a hospital taken over under 托管 is 托管 even if it also joins a 医联体).
 */
public enum AgreementType {
  TRUSTEESHIP("托管", "托管"),
  COUNTY_COMMUNITY("医共体", "医共体|医疗共同体|医疗服务共同体|健康共同体"),
  ALLIANCE("医联体", "医联体|医疗联合体|城市医疗集团|医疗集团"),
  SPECIALTY_ALLIANCE("专科联盟", "专科联盟"),
  CO_BUILDING("合作共建", "合作共建|共建协议|共建框架"),
  GROUP_AID("组团式帮扶", "组团式"),
  TELEMEDICINE("远程医疗", "远程医疗|远程会诊"),
  PAIRED_AID("对口帮扶", "对口帮扶|对口支援|结对帮扶|帮扶协议|帮扶"),
  OTHER("其他", null);

  private final String label;
  private final Pattern cue;

  AgreementType(String label, String cue) {
    this.label = label;
    this.cue = cue == null ? null : Pattern.compile(cue);
  }

  /** The label used in the index and the UI: exactly one of the controlled strings. */
  public String label() {
    return label;
  }

  /** The first type whose wording occurs in {@code text}, or null. */
  public static AgreementType in(String text) {
    if (text == null) {
      return null;
    }
    for (AgreementType t : values()) {
      if (t.cue != null && t.cue.matcher(text).find()) {
        return t;
      }
    }
    return null;
  }

  public static List<String> labels() {
    return java.util.Arrays.stream(values()).map(AgreementType::label).toList();
  }
}
