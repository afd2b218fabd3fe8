import Taro from '@tarojs/taro';
import { absoluteFileUrl } from '../api';

export type DocumentType = 'pdf' | 'ppt' | 'pptx';

/** Mini-program: download the signed file, then let WeChat show it (with its menu to forward or save). */
export async function openDocument(url: string, fileType: DocumentType): Promise<void> {
  const { statusCode, tempFilePath } = await Taro.downloadFile({ url: absoluteFileUrl(url), timeout: 60000 });
  if (statusCode !== 200) throw new Error(statusCode === 403 || statusCode === 404 ? '文件链接已过期，请返回后重新打开' : '文件下载失败，请稍后重试');
  await Taro.openDocument({ filePath: tempFilePath, fileType, showMenu: true });
}

/** Mini-program: a file that needs the login (e.g. the team's certificate), downloaded with the token, then shown. */
export async function downloadAuthorized(url: string, _filename: string, authorization: Record<string, string>): Promise<void> {
  const { statusCode, tempFilePath } = await Taro.downloadFile({ url: absoluteFileUrl(url), header: authorization, timeout: 60000 });
  if (statusCode !== 200) throw new Error(statusCode === 403 || statusCode === 404 ? '没有找到可下载的文件' : '文件下载失败，请稍后重试');
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true });
}
