import type { OutgoingMail, RenderedMail } from '../mail.types';
import { renderAccessRequestMail } from './access-request.template';
import { renderAdminHandoverMail } from './admin-handover.template';
import { renderInvitationMail } from './invitation.template';
import { renderLoginAlertMail } from './login-alert.template';
import { renderMemberLeftMail } from './member-left.template';
import { renderRenewalRequestMail } from './renewal-request.template';
import { renderWelcomeMail } from './welcome.template';

export function renderMail(mail: OutgoingMail): RenderedMail {
  switch (mail.kind) {
    case 'invitation':
      return renderInvitationMail(mail.variables, mail.language);
    case 'welcome':
      return renderWelcomeMail(mail.variables, mail.language);
    case 'renewal-request':
      return renderRenewalRequestMail(mail.variables, mail.language);
    case 'access-request':
      return renderAccessRequestMail(mail.variables, mail.language);
    case 'member-left':
      return renderMemberLeftMail(mail.variables, mail.language);
    case 'admin-handover':
      return renderAdminHandoverMail(mail.variables, mail.language);
    case 'login-alert':
      return renderLoginAlertMail(mail.variables, mail.language);
  }
}
