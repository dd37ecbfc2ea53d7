/**
 * A change statement in house style between two periods of an indicator, overall or for a group:
 * "increased from 834,567 in 2021/22 to 936,209 in 2023/24". Written by the backend (the same
 * words the Word export uses) as soon as the choices change, with a button to copy it.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CHANGE_STYLES, type ChangeStyle, type IndicatorDetail } from '../../../../shared/domain/metrics';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { describeError } from '../../hooks/useSubmit';
import { groupLabel, groupsOf, periodLabel, periodsOf } from './metrics-format';

const STYLE_LABELS: Record<string, { label: string; example: string }> = {
  from_to: { label: 'From one figure to the other', example: '“increased from 834,567 in 2021/22 to 936,209 in 2023/24”' },
  difference: { label: 'The difference', example: '“increased by 101,642”, “decreased by 3 percentage points”' },
  percent_change: { label: 'The percentage change', example: '“an increase of 12.2 per cent”' },
  comparison: { label: 'The second against the first', example: '“13 percentage points lower than the 84 per cent”' },
};

const OVERALL_VALUE = '';

type Result = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'error'; message: string };

export function ChangeStatement({ indicator }: { indicator: IndicatorDetail }) {
  const api = useApi();
  const announce = useAnnounce();
  const ids = useId();
  const periods = useMemo(() => periodsOf(indicator.observations), [indicator.observations]);
  const groups = useMemo(() => groupsOf(indicator.observations), [indicator.observations]);
  const [from, setFrom] = useState(periods[0] ?? '');
  const [to, setTo] = useState(periods.at(-1) ?? '');
  const [group, setGroup] = useState<string>(groups[0] === null || groups.length === 0 ? OVERALL_VALUE : groups[0]!);
  const [style, setStyle] = useState<ChangeStyle>('from_to');
  const [result, setResult] = useState<Result>({ kind: 'none' });
  const latest = useRef(0);

  const ready = periods.length >= 2 && from !== '' && to !== '' && from !== to;
  useEffect(() => {
    if (!ready) {
      setResult({ kind: 'none' });
      return;
    }
    const request = ++latest.current;
    api
      .call('metrics.statement', { indicatorId: indicator.id, from, to, style, ...(group !== OVERALL_VALUE ? { groupName: group } : {}) })
      .then(
        (answer) => {
          if (latest.current === request) setResult({ kind: 'text', text: answer.text });
        },
        (error: unknown) => {
          if (latest.current === request) setResult({ kind: 'error', message: describeError(error).message });
        },
      );
  }, [api, ready, indicator.id, from, to, group, style, indicator.observations]);

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      announce('Copied the change statement.');
    } catch {
      // No clipboard permission: select the words so Ctrl+C copies them.
      const output = document.getElementById(`${ids}-text`);
      if (output) window.getSelection()?.selectAllChildren(output);
      announce('The statement is selected: press Ctrl+C (or Cmd+C) to copy it.');
    }
  }

  return (
    <section className="change-statement" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Change statement</h3>
      {periods.length < 2 ? (
        <p className="muted">A change statement compares two periods; this indicator has figures for {periods.length === 0 ? 'none' : 'one'} yet.</p>
      ) : (
        <>
          <div className="field-row">
            <PeriodSelect id={`${ids}-from`} label="From" value={from} onChange={setFrom} periods={periods} />
            <PeriodSelect id={`${ids}-to`} label="To" value={to} onChange={setTo} periods={periods} />
            {groups.length > 1 || (groups.length === 1 && groups[0] !== null) ? (
              <div className="field">
                <label htmlFor={`${ids}-group`}>Group</label>
                <select id={`${ids}-group`} className="input" value={group} onChange={(event) => setGroup(event.target.value)}>
                  {groups.map((g) => (
                    <option key={g ?? OVERALL_VALUE} value={g ?? OVERALL_VALUE}>
                      {groupLabel(g)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </div>
          <fieldset className="fieldset">
            <legend>Style</legend>
            {CHANGE_STYLES.map((s) => (
              <div className="radio" key={s}>
                <input type="radio" id={`${ids}-style-${s}`} name={`${ids}-style`} checked={style === s} onChange={() => setStyle(s)} />
                <label htmlFor={`${ids}-style-${s}`}>
                  {STYLE_LABELS[s]?.label ?? s} <span className="muted">{STYLE_LABELS[s]?.example ?? ''}</span>
                </label>
              </div>
            ))}
          </fieldset>
          <div className="change-statement__result" aria-live="polite">
            {from === to ? <p className="muted">Choose two different periods.</p> : null}
            {result.kind === 'text' ? (
              <>
                <p className="change-statement__text" id={`${ids}-text`}>
                  {result.text}
                </p>
                <button type="button" className="button button--secondary" onClick={() => copy(result.text)}>
                  Copy<span className="visually-hidden"> the change statement</span>
                </button>
              </>
            ) : null}
            {result.kind === 'error' ? <p className="notice notice--error">{result.message}</p> : null}
          </div>
        </>
      )}
    </section>
  );
}

function PeriodSelect({ id, label, value, onChange, periods }: { id: string; label: string; value: string; onChange: (v: string) => void; periods: string[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} onChange={(event) => onChange(event.target.value)}>
        {periods.map((p) => (
          <option key={p} value={p}>
            {periodLabel(p)}
          </option>
        ))}
      </select>
    </div>
  );
}
