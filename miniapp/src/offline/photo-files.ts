import Taro from '@tarojs/taro';

/** Mini-program: compress (quality 60) and move the photo out of the temp folder, which WeChat may clear. */
export async function persistPhoto(tempPath: string): Promise<string> {
  let source = tempPath;
  try {
    source = (await Taro.compressImage({ src: tempPath, quality: 60 })).tempFilePath;
  } catch {
    // Already compressed by chooseMedia's sizeType; keep the original rather than lose the photo.
  }
  return new Promise((resolve) => {
    Taro.getFileSystemManager().saveFile({
      tempFilePath: source,
      success: (res) => resolve(res.savedFilePath),
      // Storage full or not allowed: the temp file still works for this session.
      fail: () => resolve(source),
    });
  });
}

export function discardPhoto(path: string): void {
  if (!path.startsWith('http') && !path.includes('tmp')) {
    Taro.getFileSystemManager().removeSavedFile({ filePath: path, fail: () => undefined });
  }
}
