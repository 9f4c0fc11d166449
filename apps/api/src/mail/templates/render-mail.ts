import type { OutgoingMail, RenderedMail } from '../mail.types';
import { renderInvitationMail } from './invitation.template';

export function renderMail(mail: OutgoingMail): RenderedMail {
  switch (mail.kind) {
    case 'invitation':
      return renderInvitationMail(mail.variables, mail.language);
  }
}
