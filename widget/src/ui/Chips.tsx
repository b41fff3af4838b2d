export interface ChipsProps {
  /** Group label read by screen readers and shown above the chips. */
  label: string;
  items: string[];
  disabled?: boolean;
  onPick(text: string): void;
}

/** Question chips (starters, suggestions, clarify options): clicking one asks it. */
export function Chips({ label, items, disabled, onPick }: ChipsProps) {
  if (!items.length) return null;
  return (
    <div class="chips" role="group" aria-label={label}>
      <span aria-hidden="true">
        {label}
      </span>
      {items.map((text) => (
        <button key={text} type="button" class="chip" disabled={disabled} onClick={() => onPick(text)}>
          {text}
        </button>
      ))}
    </div>
  );
}
