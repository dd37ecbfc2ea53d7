/** Sources: what the report's footnotes cite. None are held yet; the page explains the kinds. */
import { SOURCE_KINDS } from '../../../../shared/domain/types';
import { AreaHeader } from '../../components/AreaHeader';
import { AreaLink } from '../../components/AreaLink';
import { SOURCE_KIND_LABELS } from '../../format/labels';

export function SourcesView() {
  return (
    <div>
      <AreaHeader title="Sources">
        <p>
          Sources are what the report’s footnotes cite. Each is recorded once and cited as often as needed, each citation with its own
          locator (a page, “p.10-11”) and, for dashboards and web pages, the date it was accessed.
        </p>
      </AreaHeader>
      <p className="notice notice--info">No sources are held for this investigation. This version of the workbench cannot record them.</p>
      <h2>Kinds of source</h2>
      <ul className="columns">
        {SOURCE_KINDS.map((kind) => (
          <li key={kind}>{SOURCE_KIND_LABELS[kind]}</li>
        ))}
      </ul>
      <p>
        What you can do now: the transcripts cited most often are those of the committee’s own meetings. Make sure those meetings are
        recorded in <AreaLink area="meetings">Meetings &amp; witnesses</AreaLink>.
      </p>
    </div>
  );
}
