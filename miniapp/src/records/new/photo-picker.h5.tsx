import type { ChangeEvent } from 'react';
import { Image, View } from '@tarojs/components';

export interface PhotoPickerProps {
  value?: string[];
  onChange?: (value: string[]) => void;
  max: number;
}

const LONG_SIDE_MAX = 1600;
const JPEG_QUALITY = 0.6;

/** Shrinks a camera photo to a JPEG of at most 1600 px on its long side, as a data URL the queue can store. */
function compress(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const img = new window.Image();
    img.onload = () => {
      const scale = Math.min(1, LONG_SIDE_MAX / Math.max(img.naturalWidth, img.naturalHeight));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
      canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
      const ctx = canvas.getContext('2d');
      if (!ctx) {
        URL.revokeObjectURL(url);
        reject(new Error('canvas unavailable'));
        return;
      }
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      resolve(canvas.toDataURL('image/jpeg', JPEG_QUALITY));
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('not an image'));
    };
    img.src = url;
  });
}

/** H5: a real file input (camera on phones), compressed through a canvas. */
export function PhotoPicker({ value = [], onChange, max }: PhotoPickerProps) {
  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []).slice(0, max - value.length);
    e.target.value = '';
    const added: string[] = [];
    for (const file of files) {
      try {
        added.push(await compress(file));
      } catch {
        // Not a readable image: skip it.
      }
    }
    onChange?.([...value, ...added].slice(0, max));
  };
  return (
    <View className="qt-photos" data-testid="record-photos">
      {value.map((src, i) => (
        <View key={`${i}-${src.length}`} className="qt-photos__item" data-testid="record-photo-item">
          <Image className="qt-photos__img" src={src} mode="aspectFill" />
          <View className="qt-photos__remove" data-testid="record-photo-remove" onClick={() => onChange?.(value.filter((_, j) => j !== i))}>
            ×
          </View>
        </View>
      ))}
      {value.length < max && (
        <label className="qt-photos__add">
          ＋ 拍照
          <input
            className="qt-photos__input"
            type="file"
            accept="image/*"
            multiple
            data-testid="record-photo-input"
            onChange={(e) => void pick(e)}
          />
        </label>
      )}
    </View>
  );
}
