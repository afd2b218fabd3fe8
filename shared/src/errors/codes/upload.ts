// Uploaded files: receiving them, checking what they are, and the links that serve them.
export const UPLOAD_ERRORS = {
  UPLOAD_NOT_MULTIPART: '请以 multipart/form-data 方式上传文件',
  UPLOAD_FILE_MISSING: '请选择要上传的文件',
  UPLOAD_TOO_MANY_PARTS: '一次只能上传一个文件',
  UPLOAD_INCOMPLETE: '文件没有上传完整，请重新上传',
  UPLOAD_TOO_SLOW: '上传速度过慢或长时间没有数据，连接已断开；请在网络较好时重新上传',
  UPLOAD_TOO_MANY_AT_ONCE: '同时上传的文件过多，请等正在上传的文件传完再继续',
  FILE_TOO_LARGE: '文件超过大小上限',
  FILE_NAME_INVALID: '文件名含有不可见的控制字符或文字方向控制符（可能伪装文件类型），请改名后再上传',
  FILE_TYPE_MISMATCH: '文件类型不符合要求',
  FILE_ENCRYPTED: '文件已加密，请去除密码保护后重新上传',
  FILE_UNREADABLE: '文件已损坏或无法读取，请检查后重新上传',
  FILE_COMPRESSION_BOMB: '文件解压后的内容异常巨大或条目过多（疑似“压缩炸弹”），已拒收；请用 Office/WPS 打开后重新另存，再上传',
  FILE_PARSE_LIMIT: '文件过于复杂，读取时超出了时间或内存限制；请精简内容或重新另存后上传',
  FILE_LINK_INVALID: '文件链接无效',
  FILE_LINK_EXPIRED: '文件链接已过期，请刷新页面后重新打开',
} as const;
