/** H5: the picker already compressed the photo into a JPEG data URL, which the queue stores as is. */
export function persistPhoto(dataUrl: string): Promise<string> {
  return Promise.resolve(dataUrl);
}

export function discardPhoto(_path: string): void {}
