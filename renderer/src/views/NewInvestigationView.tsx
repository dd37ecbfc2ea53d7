/** A page of its own for starting an investigation (menu: New investigation). */
import { hrefFor } from '../routing/routes';
import { NewInvestigationForm } from './NewInvestigationForm';

export function NewInvestigationView() {
  return (
    <div className="narrow">
      <h1>Start a new investigation</h1>
      <p className="lead">Give the investigation a title and name the committee. Members, meetings and terms of reference come next.</p>
      <NewInvestigationForm />
      <p>
        <a href={hrefFor({ name: 'home' })}>Back to all investigations</a>
      </p>
    </div>
  );
}
