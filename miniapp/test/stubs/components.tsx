// Taro's built-in components mapped onto plain DOM elements for jsdom.
import { createElement, forwardRef, type ReactNode, type Ref } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode };

const DOM_PROPS = new Set([
  'className',
  'style',
  'id',
  'children',
  'role',
  'onClick',
  'onFocus',
  'onBlur',
  'onTouchStart',
  'onTouchEnd',
  'onKeyDown',
  'value',
  'placeholder',
  'disabled',
  'name',
  'checked',
]);

function domProps(props: Props): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(props)) {
    if (DOM_PROPS.has(key) || key.startsWith('data-') || key.startsWith('aria-')) out[key] = value;
  }
  return out;
}

function element(tag: string, displayName: string) {
  const C = forwardRef((props: Props, ref: Ref<unknown>) => createElement(tag, { ...domProps(props), ref }));
  C.displayName = displayName;
  return C;
}

export const View = element('div', 'View');
export const Text = element('span', 'Text');
export const ScrollView = element('div', 'ScrollView');
export const Image = element('img', 'Image');
export const Label = element('label', 'Label');

// A tap on an `open-type="agreePrivacyAuthorization"` button is what fires its agreeprivacyauthorization event in WeChat.
export const Button = forwardRef((props: Props, ref: Ref<HTMLButtonElement>) => {
  const { openType, onClick, onAgreePrivacyAuthorization } = props as {
    openType?: string;
    onClick?: (e: unknown) => void;
    onAgreePrivacyAuthorization?: (e: unknown) => void;
  };
  const agrees = openType === 'agreePrivacyAuthorization';
  const click = agrees
    ? (e: unknown) => {
        onClick?.(e);
        onAgreePrivacyAuthorization?.(e);
      }
    : onClick;
  return createElement('button', { type: 'button', ...domProps(props), 'data-open-type': openType, onClick: click, ref });
});
Button.displayName = 'Button';

export const Form = forwardRef((props: Props, ref: Ref<HTMLFormElement>) =>
  createElement('form', {
    ...domProps(props),
    ref,
    onSubmit: (e: Event) => {
      e.preventDefault();
      (props.onSubmit as ((e: unknown) => void) | undefined)?.(e);
    },
  }),
);
Form.displayName = 'Form';

export const Input = forwardRef((props: Props, ref: Ref<HTMLInputElement>) => {
  const { password, type, maxlength, onInput } = props as {
    password?: boolean;
    type?: string;
    maxlength?: number;
    onInput?: (e: unknown) => void;
  };
  const domType = password ? 'password' : type === 'digit' || type === 'number' || type === 'idcard' ? 'text' : (type ?? 'text');
  return createElement('input', {
    ...domProps(props),
    ref,
    type: domType,
    maxLength: maxlength,
    // React's onChange is the DOM input event, which is what Taro's onInput reports on the web.
    onChange: onInput,
    value: (props.value as string | undefined) ?? '',
  });
});
Input.displayName = 'Input';

export const Textarea = forwardRef((props: Props, ref: Ref<HTMLTextAreaElement>) => {
  const { maxlength, onInput } = props as { maxlength?: number; onInput?: (e: unknown) => void };
  // Taro's Textarea reports its text as event.detail.value.
  const onChange = (e: { target: { value: string } }) => onInput?.({ target: e.target, detail: { value: e.target.value } });
  return createElement('textarea', { ...domProps(props), ref, maxLength: maxlength, onChange, value: (props.value as string | undefined) ?? '' });
});
Textarea.displayName = 'Textarea';

/** Taro's Picker opens a native wheel; in tests its child is simply rendered. */
export const Picker = forwardRef((props: Props, ref: Ref<HTMLDivElement>) => createElement('div', { ref, 'data-picker': 'true' }, props.children));
Picker.displayName = 'Picker';
