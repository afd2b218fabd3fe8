import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PrivacyGate, toastPrivacyFailure } from '../../privacy';

export interface PhotoPickerProps {
  /** Local paths (mini-program) or data URLs (H5), in order. */
  value?: string[];
  onChange?: (value: string[]) => void;
  max: number;
}

/** Mini-program: camera or album, WeChat's compressed size; the save step compresses again (quality 60). */
export function PhotoPicker({ value = [], onChange, max }: PhotoPickerProps) {
  const add = async () => {
    try {
      const res = await Taro.chooseMedia({
        count: max - value.length,
        mediaType: ['image'],
        sizeType: ['compressed'],
        sourceType: ['camera', 'album'],
      });
      onChange?.([...value, ...res.tempFiles.map((f) => f.tempFilePath)].slice(0, max));
    } catch (e) {
      // A cancel needs no word; a refused privacy consent does.
      toastPrivacyFailure(e, 'photo');
    }
  };
  return (
    <View className="qt-photos" data-testid="record-photos">
      {value.map((src, i) => (
        <View key={src} className="qt-photos__item" data-testid="record-photo-item">
          <Image className="qt-photos__img" src={src} mode="aspectFill" onClick={() => void Taro.previewImage({ urls: value, current: src })} />
          <View className="qt-photos__remove" data-testid="record-photo-remove" onClick={() => onChange?.(value.filter((_, j) => j !== i))}>
            ×
          </View>
        </View>
      ))}
      {value.length < max && (
        <View className="qt-photos__add" data-testid="record-photo-add" onClick={() => void add()}>
          ＋ 拍照
        </View>
      )}
      <PrivacyGate />
    </View>
  );
}
