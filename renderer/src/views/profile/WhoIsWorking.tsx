/**
 * Who is working, in the header ("Zoë Garbett AM · member", with Switch), and the first-start
 * dialog that asks when nobody has said yet. Both open the same chooser. The dialogs are put at
 * the end of the page (a portal) so that the header's white-on-navy styles stay out of them.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { Modal } from '../../components/Modal';
import { useProfiles } from '../../hooks/useProfiles';
import { useRoute } from '../../hooks/useRoute';
import { ProfileChooser } from './ProfileChooser';
import { PROFILE_ROLE_LABELS, profileLabel } from './profile-labels';

export const WHO_IS_WORKING = 'Who is working at this computer?';

export function WhoIsWorking() {
  const { data } = useProfiles();
  const route = useRoute();
  const investigationId = route.name === 'investigation' ? route.id : null;
  const [switching, setSwitching] = useState(false);
  // Put aside for this visit with Escape or Close; asked again next time the app starts.
  const [putAside, setPutAside] = useState(false);

  if (!data) return null;
  const firstStart = !data.chosen && !putAside;
  const open = switching || firstStart;

  return (
    <div className="who-is-working">
      {data.current ? (
        <p className="who-is-working__name" title={data.chosen ? profileLabel(data.current) : undefined}>
          <span className="visually-hidden">Working as </span>
          {data.chosen ? data.current.name : 'Nobody chosen yet'}
          {data.chosen ? <span className="who-is-working__role"> · {PROFILE_ROLE_LABELS[data.current.role]}</span> : null}
        </p>
      ) : null}
      <button type="button" className="who-is-working__switch" onClick={() => setSwitching(true)} aria-haspopup="dialog">
        {data.chosen ? 'Switch' : 'Choose'}
        <span className="visually-hidden"> who is working</span>
      </button>
      {open
        ? createPortal(
            <Modal
              title={WHO_IS_WORKING}
              wide
              onClose={() => {
                setSwitching(false);
                setPutAside(true);
              }}
            >
              <p className="lead profile-chooser__lead">
                {firstStart
                  ? 'Everything you mark, tag or change is recorded under your name, so the committee can see who found which evidence. Choose your profile, or add yourself.'
                  : 'Changes from now on are recorded under the profile you choose.'}
              </p>
              <ProfileChooser
                profiles={data.profiles}
                current={data.current}
                chosen={data.chosen}
                investigationId={investigationId}
                onDone={() => {
                  setSwitching(false);
                  setPutAside(true);
                }}
              />
            </Modal>,
            document.body,
          )
        : null}
    </div>
  );
}
