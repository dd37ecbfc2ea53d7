/**
 * The problems with a form, listed at its top (the GOV.UK pattern clerks know): announced when
 * it appears, focused so keyboard users land on it, each field error a link to its field.
 */
import { useEffect, useRef } from 'react';
import type { FieldErrors } from '../hooks/useSubmit';

interface Props {
  message: string | null;
  fieldErrors: FieldErrors;
  /** Error path → id of the control that shows it. */
  fieldIds?: Record<string, string>;
}

/** The API's own sentence, unless it only repeats the one field message listed below it. */
function title(message: string | null, entries: [string, string][]): string {
  if (message === null || entries.some(([, text]) => text === message)) return 'There is a problem';
  return message;
}

export function ErrorSummary({ message, fieldErrors, fieldIds = {} }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fieldErrors);
  const visible = message !== null || entries.length > 0;

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, message, fieldErrors]);

  if (!visible) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p className="error-summary__title">{title(message, entries)}</p>
      {entries.length > 0 ? (
        <ul>
          {entries.map(([path, text]) => {
            const target = fieldIds[path] ?? fieldIds[path.split('.').pop() ?? path];
            return (
              <li key={path}>
                {target ? (
                  <a
                    href={`#${target}`}
                    onClick={(event) => {
                      // In-page anchors would fight the hash router; move focus instead.
                      event.preventDefault();
                      document.getElementById(target)?.focus();
                    }}
                  >
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
