import type { ChangeEvent } from 'react';

export interface PickedPdf {
  file: string | Blob;
  name: string;
  size: number;
}

export interface PdfPickerProps {
  label: string;
  disabled: boolean;
  testId: string;
  onPicked: (picked: PickedPdf) => void;
}

/** Browser: a real file input styled as the big button. */
export function PdfPicker({ label, disabled, testId, onPicked }: PdfPickerProps) {
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (f) onPicked({ file: f, name: f.name, size: f.size });
  };
  return (
    <label className={`qt-file-button${disabled ? ' qt-file-button--disabled' : ''}`}>
      {label}
      <input className="qt-file-button__input" type="file" accept=".pdf,application/pdf" disabled={disabled} data-testid={`${testId}-input`} onChange={pick} />
    </label>
  );
}
