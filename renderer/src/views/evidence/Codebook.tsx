/**
 * The codebook: the tags quotes carry. The report's own structure comes first (chapters with
 * their sections, then recommendations; their names follow the report), then themes of the
 * committee's own, nested, which can be added, renamed, recoloured, moved, merged and deleted.
 * Every change can be undone.
 */
import { useId, useState } from 'react';
import type { Tag } from '../../../../shared/domain/evidence';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { Loading, LoadError } from '../../components/QueryStatus';
import { count } from '../../format/plural';
import type { QueryState } from '../../hooks/useApiQuery';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { colourName } from './palette';
import { DeleteThemeDialog, EditThemeDialog, MergeThemeDialog } from './TagDialogs';
import { ThemeForm, byOrder } from './ThemeForm';

type Editing = { kind: 'edit' | 'merge' | 'delete'; theme: Tag } | null;

export function Codebook({ tags }: { tags: QueryState<Tag[]> }) {
  const { overview } = useLoadedInvestigation();
  const investigationId = overview.investigation.id;
  const api = useApi();
  const announce = useAnnounce();
  const [editing, setEditing] = useState<Editing>(null);
  const themesHeading = useId();
  const structureHeading = useId();
  const addHeading = useId();

  if (tags.error && !tags.data) return <LoadError error={tags.error} what="the codebook" onRetry={tags.reload} />;
  if (!tags.data) return <Loading what="the codebook" />;
  const all = tags.data;
  const children = (parentId: string) => all.filter((t) => t.parentId === parentId).sort(byOrder);
  const themeIds = new Set(all.filter((t) => t.kind === 'theme').map((t) => t.id));
  const rootThemes = all.filter((t) => t.kind === 'theme' && (t.parentId === null || !all.some((p) => p.id === t.parentId))).sort(byOrder);
  const chapters = all.filter((t) => t.kind === 'chapter').sort(byOrder);
  const recommendations = all.filter((t) => t.kind === 'recommendation').sort(byOrder);
  const focusThemes = () => document.getElementById(themesHeading);

  const renderTag = (tag: Tag) => {
    const below = children(tag.id);
    const isTheme = tag.kind === 'theme';
    return (
      <li key={tag.id} className={`codebook__item codebook__item--${tag.kind}`}>
        <div className="codebook__row">
          {isTheme ? <span className={tag.colour ? 'swatch__chip' : 'swatch__chip swatch__chip--none'} aria-hidden="true" style={tag.colour ? { backgroundColor: tag.colour } : undefined} /> : null}
          <span className="codebook__name">{tag.name}</span>
          <span className="codebook__count">{count(tag.quoteCount, 'quote')}</span>
          {isTheme && tag.colour ? <span className="visually-hidden">, colour {colourName(tag.colour)}</span> : null}
          {isTheme ? (
            <span className="codebook__actions">
              <button type="button" className="button button--small button--secondary" onClick={() => setEditing({ kind: 'edit', theme: tag })}>
                Edit<span className="visually-hidden"> {tag.name}</span>
              </button>
              <button type="button" className="button button--small button--secondary" onClick={() => setEditing({ kind: 'merge', theme: tag })}>
                Merge<span className="visually-hidden"> {tag.name}</span>
              </button>
              <button type="button" className="button button--small button--quiet-danger" onClick={() => setEditing({ kind: 'delete', theme: tag })}>
                Delete<span className="visually-hidden"> {tag.name}</span>
              </button>
            </span>
          ) : null}
          {isTheme && tag.description ? <p className="codebook__description">{tag.description}</p> : null}
        </div>
        {below.length > 0 ? <ul className="codebook__list">{below.map(renderTag)}</ul> : null}
      </li>
    );
  };

  return (
    <div className="codebook">
      <p>
        Tag quotes to the report’s chapters, sections and recommendations, and to themes of your own. The report’s tags take their names
        from the report; themes are yours to shape. Every change here can be undone.
      </p>
      <div className="codebook__layout">
        <div className="codebook__tree">
          <section aria-labelledby={themesHeading}>
            <h3 id={themesHeading} tabIndex={-1}>
              Themes <span className="codebook__total">{count(themeIds.size, 'theme')}</span>
            </h3>
            {rootThemes.length > 0 ? <ul className="codebook__list codebook__list--top">{rootThemes.map(renderTag)}</ul> : <p className="empty">No themes yet. Add one with the form.</p>}
          </section>
          <section aria-labelledby={structureHeading}>
            <h3 id={structureHeading}>From the report</h3>
            <h4>Chapters and sections</h4>
            <ul className="codebook__list codebook__list--top">{chapters.map(renderTag)}</ul>
            <h4>Recommendations</h4>
            <ul className="codebook__list codebook__list--top">{recommendations.map(renderTag)}</ul>
          </section>
        </div>
        <section className="panel codebook__add" aria-labelledby={addHeading}>
          <h3 id={addHeading}>Add a theme</h3>
          <ThemeForm
            tags={all}
            submitLabel="Add theme"
            resetAfterSave
            onSubmit={(values) =>
              api
                .call('tags.create', {
                  investigationId,
                  name: values.name,
                  colour: values.colour,
                  description: values.description,
                  parentId: values.parentId,
                })
                .then((tag) => announce(`Added the theme “${tag.name}”.`))
            }
            onSaved={tags.reload}
          />
        </section>
      </div>
      {editing?.kind === 'edit' ? <EditThemeDialog theme={editing.theme} tags={all} onClose={() => setEditing(null)} fallbackFocus={focusThemes} /> : null}
      {editing?.kind === 'merge' ? <MergeThemeDialog theme={editing.theme} tags={all} onClose={() => setEditing(null)} fallbackFocus={focusThemes} /> : null}
      {editing?.kind === 'delete' ? <DeleteThemeDialog theme={editing.theme} tags={all} onClose={() => setEditing(null)} fallbackFocus={focusThemes} /> : null}
    </div>
  );
}
