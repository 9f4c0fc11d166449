import type { Inviter } from '../api/preview-invitation';

/** Whom to ask: the inviting admin's name and a mail link to them. */
export function InviterContact({ inviter }: { inviter: Inviter }) {
  return (
    <>
      {inviter.name} (
      <a className="facts__value--address" href={`mailto:${inviter.email}`}>
        {inviter.email}
      </a>
      )
    </>
  );
}
