import { useId, type ReactNode } from 'react';
import { Fieldset } from '../../../components/Fieldset';

export interface CheckboxOption {
  value: string;
  label: string;
  /** One line in plain words under the label, also read out as the checkbox's description. */
  description?: string;
}

interface CheckboxGroupProps {
  /** The form field's name: the fieldset carries it, so a server error on it can move focus here. */
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** Several choices out of a short list (roles, permissions): a labelled group of checkboxes. */
export function CheckboxGroup({ name, legend, hint, error, options, selected, onChange }: CheckboxGroupProps) {
  const id = useId();
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((candidate) => candidate !== value));
  return (
    <Fieldset name={name} legend={legend} hint={hint} error={error} className="checkbox-group">
      <ul className="checkbox-group__list">
        {options.map((option, index) => {
          const inputId = `${id}-${index}`;
          const descriptionId = `${inputId}-description`;
          return (
            <li key={option.value} className="checkbox-group__item">
              <input
                id={inputId}
                type="checkbox"
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                aria-describedby={option.description ? descriptionId : undefined}
              />
              <label htmlFor={inputId} className="checkbox-group__label">
                <span className="checkbox-group__title">{option.label}</span>
                {option.description && (
                  <span id={descriptionId} className="checkbox-group__description">
                    {option.description}
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
    </Fieldset>
  );
}
