package org.aidnews.indexer.enrich.hospital;

/** What kind of institution a name is; only hospitals and public-health agencies are listed as hospitals. */
public enum InstitutionKind {
  /** 医院, 卫生院, 保健院, 社区卫生服务中心, 医学中心, 医疗集团. */
  HOSPITAL,
  /** 疾病预防控制中心 / 疾控中心: a health institution, listed unless it is only the venue of an event. */
  PUBLIC_HEALTH,
  /** 人民政府, 卫健委, 援疆指挥部: can sign agreements, never a hospital. */
  GOVERNMENT
}
