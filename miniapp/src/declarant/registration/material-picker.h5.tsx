import type { ChangeEvent } from 'react';
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

/** H5: a real file input, styled as the big button. */
export function MaterialPicker({ kind, label, disabled, onPicked }: MaterialPickerProps) {
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (f) onPicked({ file: f, name: f.name, size: f.size });
  };
  return (
    <label className={`qt-file-button${disabled ? ' qt-file-button--disabled' : ''}`}>
      {label}
      <input
        className="qt-file-button__input"
        type="file"
        accept={MATERIAL_EXTENSIONS[kind].map((x) => `.${x}`).join(',')}
        disabled={disabled}
        data-testid={`reg-material-${kind}-input`}
        onChange={pick}
      />
    </label>
  );
}
