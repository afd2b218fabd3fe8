import type { ButtonHTMLAttributes, InputHTMLAttributes, LabelHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

// The console's controls: the one set its pages are made of, sized for a desk (mouse, keyboard, 1440 px), styled in
// console.scss. The phone pages use NutUI's touch widgets; on a desk these are native controls, so the browser's
// keyboard handling, autofill and accessibility come with them. Pages use these, never a bare <button> or <select>.

const cx = (...names: Array<string | false | null | undefined>): string => names.filter(Boolean).join(' ');

type Variant = 'default' | 'primary' | 'danger' | 'link';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  variant?: Variant;
  small?: boolean;
  /** A submit button of a form; otherwise a plain button, so Enter in a field never taps it by surprise. */
  submit?: boolean;
}

export function Button({ variant = 'default', small = false, submit = false, className, ...rest }: ButtonProps) {
  return (
    <button
      type={submit ? 'submit' : 'button'}
      className={cx('qc-btn', variant !== 'default' && `qc-btn--${variant}`, small && 'qc-btn--small', className)}
      {...rest}
    />
  );
}

export interface SelectOption<V extends string> {
  value: V;
  label: string;
  disabled?: boolean;
}

export interface SelectProps<V extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  value: V;
  options: ReadonlyArray<SelectOption<V>>;
  onChange: (value: V) => void;
}

export function Select<V extends string>({ value, options, onChange, className, ...rest }: SelectProps<V>) {
  return (
    <select className={cx('qc-select', className)} value={value} onChange={(e) => onChange(e.target.value as V)} {...rest}>
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type' | 'list'> {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'number' | 'date' | 'month' | 'search' | 'password';
  /** Values the browser offers as the person types (any other value may still be typed). */
  suggestions?: { id: string; values: readonly string[] };
}

export function TextInput({ value, onChange, type = 'text', suggestions, className, ...rest }: TextInputProps) {
  const input = (
    <input type={type} className={cx('qc-input', className)} value={value} onChange={(e) => onChange(e.target.value)} list={suggestions?.id} {...rest} />
  );
  if (!suggestions) return input;
  return (
    <>
      {input}
      <datalist id={suggestions.id}>
        {suggestions.values.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
    </>
  );
}

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  value: string;
  onChange: (value: string) => void;
}

export function TextArea({ value, onChange, className, ...rest }: TextAreaProps) {
  return <textarea className={cx('qc-textarea', className)} value={value} onChange={(e) => onChange(e.target.value)} {...rest} />;
}

export interface CheckProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'checked' | 'type'> {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A radio button of a group (`name`), rather than a checkbox. */
  radio?: boolean;
  label?: ReactNode;
  labelClassName?: string;
}

/** A checkbox or a radio button, with its label around it so the words are a target too. */
export function Check({ checked, onChange, radio = false, label, labelClassName, ...rest }: CheckProps) {
  const input = <input type={radio ? 'radio' : 'checkbox'} checked={checked} onChange={(e) => onChange(e.target.checked)} {...rest} />;
  if (label === undefined) return input;
  return (
    <label className={cx('qc-check', labelClassName)}>
      {input}
      {label}
    </label>
  );
}

export interface FileButtonProps extends Omit<LabelHTMLAttributes<HTMLLabelElement>, 'onChange'> {
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  variant?: Variant;
  /** The hidden file input's data-testid, for a test that sets its file directly. */
  inputTestId?: string;
}

/** A button that opens the file chooser (an .xlsx to import, evidence to attach); the same file can be chosen again. */
export function FileButton({ accept, disabled = false, onFile, variant = 'default', inputTestId, className, children, ...rest }: FileButtonProps) {
  return (
    <label className={cx('qc-btn', variant !== 'default' && `qc-btn--${variant}`, disabled && 'qc-btn--disabled', className)} {...rest}>
      {children}
      <input
        type="file"
        data-testid={inputTestId}
        accept={accept}
        style={{ display: 'none' }}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  className?: string;
}

/** A labelled form row: the words, the control, a hint under it, and its error in red. */
export function Field({ label, hint, error, children, className }: FieldProps) {
  return (
    <label className={cx('qc-field', className)}>
      <span className="qc-field__label">{label}</span>
      {children}
      {hint && <span className="qc-field__hint">{hint}</span>}
      {error && <span className="qc-field__error">{error}</span>}
    </label>
  );
}
