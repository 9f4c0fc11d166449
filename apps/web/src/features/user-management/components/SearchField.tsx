import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormField } from '../../../components/FormField';

interface SearchFieldProps {
  label: string;
  hint?: string;
  value: string;
  /** Called a moment after typing stops, and at once on Enter. */
  onSearch: (value: string) => void;
}

const TYPING_PAUSE_MS = 350;

/** A search box that filters as one types, without a request per keystroke. */
export function SearchField({ label, hint, value, onSearch }: SearchFieldProps) {
  const [text, setText] = useState(value);
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  }, [onSearch]);

  // Back/Forward or a tab switch changes the URL: the box follows.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if (text.trim() !== value) setText(value);
  }

  useEffect(() => {
    if (text.trim() === value) return undefined;
    const timer = setTimeout(() => latest.current(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    latest.current(text.trim());
  };

  return (
    <form role="search" className="filter-bar__search" onSubmit={submit}>
      <FormField label={label} hint={hint}>
        {(control) => (
          <input
            {...control}
            type="search"
            value={text}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </FormField>
    </form>
  );
}
