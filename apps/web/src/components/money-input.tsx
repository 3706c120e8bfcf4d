import { useEffect, useState } from 'react';
import { Input } from 'antd';
import { fenToYuanText, parseYuan } from '../lib/money';

interface MoneyInputProps {
  /** Integer fen. */
  value?: number | null;
  /** Fen, or null while the text is empty; NaN while the text is not an amount (the form rule reports it). */
  onChange?: (fen: number | null) => void;
  id?: string;
  placeholder?: string;
  style?: React.CSSProperties;
  disabled?: boolean;
  'data-testid'?: string;
}

/** Takes yuan as text (1,450.50) and hands the form integer fen, parsed from the string. */
export function MoneyInput({ value, onChange, id, placeholder, style, disabled, ...rest }: MoneyInputProps) {
  const [text, setText] = useState(() => fenToYuanText(value));

  // Follow a value set from outside (form reset, edit of another row) unless it is what the text already says;
  // only a change of value matters, not every keystroke.
  useEffect(() => {
    const parsed = parseYuan(text);
    if (value === undefined || value === null) {
      if (parsed !== null) setText('');
    } else if (!Number.isNaN(value) && parsed !== value) setText(fenToYuanText(value));
  }, [value]);

  return (
    <Input
      id={id}
      prefix="¥"
      inputMode="decimal"
      value={text}
      placeholder={placeholder}
      style={style}
      disabled={disabled}
      data-testid={rest['data-testid']}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        onChange?.(next.trim() === '' ? null : (parseYuan(next) ?? Number.NaN));
      }}
      onBlur={() => {
        const parsed = parseYuan(text);
        if (parsed !== null) setText(fenToYuanText(parsed));
      }}
    />
  );
}

/** A form rule for MoneyInput fields: NaN means the text is not an amount in yuan. */
export const moneyRule = (message: string, required = false) => ({
  validator: (_: unknown, value: number | null | undefined) => {
    if (value === null || value === undefined) return required ? Promise.reject(new Error(message)) : Promise.resolve();
    return Number.isNaN(value) ? Promise.reject(new Error(message)) : Promise.resolve();
  },
});
