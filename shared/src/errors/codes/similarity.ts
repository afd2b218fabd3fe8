// The similarity check (材料查重).
export const SIMILARITY_ERRORS = {
  SIMILARITY_LEGACY_PPT: '旧版 PPT（.ppt）文件无法提取文字，不能参与查重；请班组改传 PPTX，或由秘书处人工比对',
  SIMILARITY_NO_TEXT_LAYER: 'PDF 没有文字层（可能是扫描件或图片），无法提取文字，不能参与查重；请人工比对或要求班组提供文字版 PDF',
  SIMILARITY_NO_SLIDE_TEXT: '幻灯片中没有可提取的文字（可能全部是图片），不能参与查重；请人工比对',
  SIMILARITY_ENCRYPTED: '文件已加密，无法提取文字，不能参与查重',
  SIMILARITY_UNREADABLE: '文件已损坏或格式无法解析，无法提取文字，不能参与查重',
  SIMILARITY_FILE_MISSING: '存储中找不到该文件，不能参与查重；请联系技术支持核查文件存储',
  SIMILARITY_PAIR_NOT_FOUND: '找不到该相似文件对',
  SIMILARITY_CLUSTER_NOT_FOUND: '找不到该模板雷同组',
  SIMILARITY_CASE_EXISTS: '该相似文件对已立案查处',
  SIMILARITY_CASE_APPLICATION: '立案的申报须为该相似文件对中的一方',
  SIMILARITY_PAIR_DISMISSED: '该相似文件对已核实无问题；如需立案，请先撤销核实结论',
  SIMILARITY_PAIR_NOT_DISMISSED: '该相似文件对尚未标记为核实无问题',
  SIMILARITY_TOO_LARGE: '文件解压后的内容异常巨大（疑似“压缩炸弹”），已停止读取，不能参与查重；请人工比对，或要求班组重新另存后上传',
  SIMILARITY_PARSE_LIMIT: '读取文件超出了时间或内存限制，已停止读取，不能参与查重；请人工比对',
} as const;
