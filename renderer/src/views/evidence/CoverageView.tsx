/**
 * Coverage: every recommendation and chapter against the evidence behind it — how many quotes,
 * from how many witnesses and organisations, marked by whom. A recommendation with no quote at
 * all stands out (marked and said in words, not by colour alone). Choosing a row lists its
 * quotes below; for a chapter, the quotes tagged to the chapter or to any of its sections.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { CoverageRow, Quote, Tag } from '../../../../shared/domain/evidence';
import type { Chapter } from '../../../../shared/domain/types';
import { useAnnounce } from '../../components/Announcer';
import { Loading, LoadError } from '../../components/QueryStatus';
import { count } from '../../format/plural';
import { useApiQuery, type QueryState } from '../../hooks/useApiQuery';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { EvidenceList, type ListGrouping } from './EvidenceList';

type Column = 'quotes' | 'witnesses' | 'organisations' | 'authors';

const GROUPING: Record<Column, ListGrouping> = { quotes: 'none', witnesses: 'witness', organisations: 'organisation', authors: 'author' };

const LIST_BY_OPTIONS: { value: ListGrouping; label: string }[] = [
  { value: 'none', label: 'Date and page' },
  { value: 'witness', label: 'Witness' },
  { value: 'organisation', label: 'Organisation' },
  { value: 'author', label: 'Author' },
];

interface Selection {
  row: CoverageRow;
  by: ListGrouping;
}

export function CoverageView({ tags }: { tags: QueryState<Tag[]> }) {
  const { overview } = useLoadedInvestigation();
  const investigationId = overview.investigation.id;
  const announce = useAnnounce();
  const coverage = useApiQuery(`coverage:${investigationId}`, (api) => api.call('coverage.get', { investigationId }), { investigationId });
  const [selection, setSelection] = useState<Selection | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const focusList = useRef(false);

  if (coverage.error && !coverage.data) return <LoadError error={coverage.error} what="the coverage of the report" onRetry={coverage.reload} />;
  if (!coverage.data) return <Loading what="the coverage of the report" />;

  const rows = coverage.data;
  const recommendations = rows.filter((r) => r.kind === 'recommendation');
  const chapters = rows.filter((r) => r.kind === 'chapter');
  const missing = recommendations.filter((r) => r.quoteCount === 0);
  // The same row after a reload (a quote was tagged elsewhere): keep it chosen, with fresh counts.
  const current = selection ? rows.find((r) => r.tagId === selection.row.tagId) ?? null : null;

  const choose = (row: CoverageRow, column: Column) => {
    setSelection({ row, by: GROUPING[column] });
    focusList.current = true;
    announce(row.quoteCount === 0 ? `${row.label} has no evidence yet.` : `Listing ${count(row.quoteCount, 'quote')} for ${row.label} below the tables.`);
  };

  return (
    <div className="coverage">
      <p>
        For each recommendation and chapter: the quotes tagged to it, how many witnesses and organisations they come from, and who marked
        them. Choose a row to list its evidence below the tables.
      </p>
      {recommendations.length > 0 ? (
        missing.length === 0 ? (
          <p className="notice notice--success">Every recommendation has at least one supporting quote.</p>
        ) : (
          <div className="notice notice--warning" role="note">
            <p>
              <strong>
                {missing.length === recommendations.length
                  ? 'No recommendation has a supporting quote yet.'
                  : `${missing.length} of ${recommendations.length} recommendations ${missing.length === 1 ? 'has' : 'have'} no supporting quote yet:`}
              </strong>{' '}
              {missing.length < recommendations.length ? missing.map((r) => r.label).join(', ') + '.' : null}
            </p>
          </div>
        )
      ) : null}

      <CoverageTable
        caption="Recommendations"
        rowHeader="Recommendation"
        rows={recommendations}
        selected={current?.tagId ?? null}
        expectsEvidence={() => true}
        onChoose={choose}
      />
      <CoverageTable
        caption="Chapters"
        rowHeader="Chapter"
        rows={chapters}
        selected={current?.tagId ?? null}
        expectsEvidence={(row) => expectsEvidence(overview.chapters, row)}
        onChoose={choose}
        note="A chapter counts the quotes tagged to it and to its sections."
      />

      {current && selection ? (
        <CoverageEvidence
          key={current.tagId}
          row={current}
          by={selection.by}
          onBy={(by) => setSelection({ row: current, by })}
          tags={tags.data ?? []}
          investigationId={investigationId}
          headingRef={listHeading}
          focusOnLoad={focusList}
        />
      ) : null}
    </div>
  );
}

/** Front and closing matter (Foreword, Contact us) are not expected to cite evidence. */
function expectsEvidence(chapters: Chapter[], row: CoverageRow): boolean {
  const chapter = chapters.find((c) => c.id === row.id);
  return !chapter || chapter.kind === 'chapter' || chapter.kind === 'introduction';
}

interface TableProps {
  caption: string;
  rowHeader: string;
  rows: CoverageRow[];
  selected: string | null;
  expectsEvidence: (row: CoverageRow) => boolean;
  onChoose: (row: CoverageRow, column: Column) => void;
  note?: string;
}

function CoverageTable({ caption, rowHeader, rows, selected, expectsEvidence: expected, onChoose, note }: TableProps) {
  const headingId = useId();
  if (rows.length === 0) return null;
  return (
    <section className="coverage__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{caption}</h3>
      {note ? <p className="muted">{note}</p> : null}
      <table className="table coverage-table">
        <caption className="visually-hidden">
          {caption} and the evidence behind them. Choose one to list its quotes.
        </caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col" className="numeric">
              Quotes
            </th>
            <th scope="col" className="numeric">
              Witnesses
            </th>
            <th scope="col" className="numeric">
              Organisations
            </th>
            <th scope="col">Marked by</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const none = row.quoteCount === 0;
            const gap = none && expected(row);
            const isSelected = selected === row.tagId;
            const cell = (column: Column) => ({ onClick: () => onChoose(row, column), className: 'coverage-table__cell' });
            return (
              <tr
                key={row.tagId}
                className={['coverage-table__row', gap ? 'coverage-table__row--gap' : '', isSelected ? 'coverage-table__row--selected' : ''].filter(Boolean).join(' ')}
              >
                <th scope="row" {...cell('quotes')}>
                  <button type="button" className="coverage-table__choose" aria-pressed={isSelected} onClick={(event) => {
                    event.stopPropagation();
                    onChoose(row, 'quotes');
                  }}>
                    {row.label}
                  </button>
                  {gap ? (
                    <span className="coverage-gap">
                      <span className="coverage-gap__icon" aria-hidden="true">
                        !
                      </span>
                      No evidence yet
                    </span>
                  ) : null}
                </th>
                <td {...cell('quotes')} className="coverage-table__cell numeric">
                  {none ? <span className="muted">0</span> : row.quoteCount}
                </td>
                <td {...cell('witnesses')} className="coverage-table__cell numeric">
                  {none ? <span className="muted">0</span> : row.witnessCount}
                </td>
                <td {...cell('organisations')} className="coverage-table__cell numeric">
                  {none ? <span className="muted">0</span> : row.organisationCount}
                </td>
                <td {...cell('authors')}>
                  {row.authors.length === 0 ? (
                    <span className="muted">{gap ? 'Nobody yet' : '—'}</span>
                  ) : (
                    <ul className="coverage-authors">
                      {row.authors.map((author) => (
                        <li key={author.name}>
                          {author.name} <span className="coverage-authors__count">({author.quoteCount})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

interface EvidenceProps {
  row: CoverageRow;
  by: ListGrouping;
  onBy: (by: ListGrouping) => void;
  tags: Tag[];
  investigationId: string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  focusOnLoad: React.RefObject<boolean>;
}

/** The quotes behind one row: a chapter's own and its sections', or a recommendation's. */
function CoverageEvidence({ row, by, onBy, tags, investigationId, headingRef, focusOnLoad }: EvidenceProps) {
  const selectId = useId();
  const tagIds = row.kind === 'chapter' ? [row.tagId, ...tags.filter((t) => t.kind === 'section' && t.parentId === row.tagId).map((t) => t.id)] : [row.tagId];
  const quotes = useApiQuery(
    `coverage-quotes:${tagIds.join(',')}`,
    async (api) => {
      const lists = await Promise.all(tagIds.map((tagId) => api.call('quotes.list', { tagId })));
      const seen = new Map<string, Quote>();
      for (const list of lists) for (const quote of list) seen.set(quote.id, quote);
      return [...seen.values()].sort(
        (a, b) => a.heldOn.localeCompare(b.heldOn) || a.transcriptTitle.localeCompare(b.transcriptTitle) || a.startOffset - b.startOffset,
      );
    },
    { investigationId },
  );

  // Take the keyboard to the list once it is there (it may be far below the row chosen).
  useEffect(() => {
    if (!focusOnLoad.current) return;
    focusOnLoad.current = false;
    const heading = headingRef.current;
    if (!heading) return;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  }, [focusOnLoad, headingRef]);

  return (
    <section className="coverage-evidence" aria-labelledby={`${selectId}-heading`}>
      <h3 id={`${selectId}-heading`} tabIndex={-1} ref={headingRef}>
        Evidence for {row.label}
      </h3>
      {row.quoteCount === 0 ? (
        <p className="coverage-gap coverage-gap--block">
          <span className="coverage-gap__icon" aria-hidden="true">
            !
          </span>
          No evidence yet: no quote is tagged to {row.label}. Tag quotes to it from the transcript reader.
        </p>
      ) : (
        <>
          <p>
            {count(row.quoteCount, 'quote')} from {count(row.witnessCount, 'witness', 'witnesses')} and{' '}
            {count(row.organisationCount, 'organisation')}.
          </p>
          <div className="field field--inline">
            <label htmlFor={`${selectId}-by`}>List by</label>
            <select id={`${selectId}-by`} className="input" value={by} onChange={(event) => onBy(event.target.value as ListGrouping)}>
              {LIST_BY_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          {quotes.error && !quotes.data ? <LoadError error={quotes.error} what="the quotes" onRetry={quotes.reload} /> : null}
          {quotes.data ? (
            <EvidenceList quotes={quotes.data} tags={tags} investigationId={investigationId} by={by} level={4} />
          ) : quotes.error ? null : (
            <Loading what="the quotes" />
          )}
        </>
      )}
    </section>
  );
}
