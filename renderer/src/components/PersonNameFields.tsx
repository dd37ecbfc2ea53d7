/**
 * A person's name as house style prints it: the name itself, a title ("Professor") and, for
 * guests, the letters after the name ("OBE"). The fields' ids and errors follow the contract's
 * `person.*` paths, so the error summary links to them.
 */
import { fieldError, type FieldErrors } from '../hooks/useSubmit';
import { TextField } from './Field';

export type PersonNameIds = { 'person.fullName': string; 'person.honorific': string; 'person.postNominals'?: string };

interface Field {
  value: string;
  onChange: (value: string) => void;
}

interface Props {
  ids: PersonNameIds;
  fullName: Field;
  honorific: Field;
  /** Guests only: members are printed with the committee's designation instead ("AM"). */
  postNominals?: Field;
  /** Someone whose name shows how to write it, "Ben Bradford". */
  example: string;
  /** Said after the name's hint, e.g. that the committee's designation is added. */
  nameNote?: string;
  fieldErrors: FieldErrors;
}

export function PersonNameFields({ ids, fullName, honorific, postNominals, example, nameNote, fieldErrors }: Props) {
  const title = (
    <TextField
      id={ids['person.honorific']}
      label="Title"
      hint={postNominals ? 'For example Professor, Dr or Sir.' : 'For example Dr or Sir.'}
      width="short"
      value={honorific.value}
      onChange={honorific.onChange}
      error={fieldError(fieldErrors, 'person.honorific')}
    />
  );
  return (
    <>
      <TextField
        id={ids['person.fullName']}
        label="Name"
        hint={`Without titles or letters after the name, for example “${example}”.${nameNote ? ` ${nameNote}` : ''}`}
        required
        value={fullName.value}
        onChange={fullName.onChange}
        error={fieldError(fieldErrors, 'person.fullName') ?? fieldErrors.person}
      />
      {postNominals && ids['person.postNominals'] ? (
        <div className="field-row">
          {title}
          <TextField
            id={ids['person.postNominals']}
            label="Letters after the name"
            hint="For example OBE."
            width="short"
            value={postNominals.value}
            onChange={postNominals.onChange}
            error={fieldError(fieldErrors, 'person.postNominals')}
          />
        </div>
      ) : (
        title
      )}
    </>
  );
}
