import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { PrivacyGate, toastPrivacyFailure } from '../privacy';

export interface PickedPdf {
  file: string | Blob;
  name: string;
  size: number;
}

export interface PdfPickerProps {
  label: string;
  disabled: boolean;
  /** `<testId>-pick` in the mini-program, `<testId>-input` in the browser. */
  testId: string;
  onPicked: (picked: PickedPdf) => void;
}

/** Mini-program: a PDF from a WeChat chat (wx.chooseMessageFile); H5: pdf-picker.h5.tsx. */
export function PdfPicker({ label, disabled, testId, onPicked }: PdfPickerProps) {
  const choose = async () => {
    try {
      const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
      const f = res.tempFiles[0];
      if (f) onPicked({ file: f.path, name: f.name, size: f.size });
    } catch (e) {
      // A cancel needs no word; a refused privacy consent does.
      toastPrivacyFailure(e, 'file');
    }
  };
  return (
    <>
      <Button type="primary" size="large" block disabled={disabled} data-testid={`${testId}-pick`} onClick={() => void choose()}>
        {label}
      </Button>
      <PrivacyGate />
    </>
  );
}
