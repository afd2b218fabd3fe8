import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { PrivacyGate, toastPrivacyFailure } from '../../privacy';
import type { MaterialKind } from '../../api';

export interface PickedFile {
  file: string | Blob;
  name: string;
  size: number;
}

export interface MaterialPickerProps {
  kind: MaterialKind;
  label: string;
  disabled: boolean;
  onPicked: (picked: PickedFile) => void;
}

export const MATERIAL_EXTENSIONS: Record<MaterialKind, string[]> = { pdf: ['pdf'], ppt: ['pptx', 'ppt'] };

/** Mini-program: the file comes from a WeChat chat (wx.chooseMessageFile); H5 uses a file input (material-picker.h5.tsx). */
export function MaterialPicker({ kind, label, disabled, onPicked }: MaterialPickerProps) {
  const choose = async () => {
    try {
      const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: MATERIAL_EXTENSIONS[kind] });
      const f = res.tempFiles[0];
      if (f) onPicked({ file: f.path, name: f.name, size: f.size });
    } catch (e) {
      // A cancel needs no word; a refused privacy consent does.
      toastPrivacyFailure(e, 'file');
    }
  };
  return (
    <>
      <Button type="primary" size="large" block disabled={disabled} data-testid={`reg-material-${kind}-pick`} onClick={() => void choose()}>
        {label}
      </Button>
      <PrivacyGate />
    </>
  );
}
