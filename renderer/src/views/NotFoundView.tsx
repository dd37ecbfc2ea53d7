/** An address that matches no page (an old bookmark, a mistyped link). */
import { hrefFor } from '../routing/routes';

export function NotFoundView() {
  return (
    <div className="narrow">
      <h1>Page not found</h1>
      <p>There is no page at this address in the workbench.</p>
      <p>
        <a href={hrefFor({ name: 'home' })}>Go to all investigations</a>
      </p>
    </div>
  );
}
