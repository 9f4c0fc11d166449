import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { ApiError, type ProblemCode } from '../../../lib/api/api-error';
import { errorMessage } from '../../../lib/api/error-message';
import { useLanguage } from '../../../lib/language/use-language';
import { meQueryOptions } from '../../../lib/me/get-me';
import { useLogout } from '../../../lib/session/logout';
import { customerPath } from '../../../lib/customers/customer-paths';
import { useAcceptInvitation } from '../api/accept-invitation';
import { invitationPreviewKey, useInvitationPreview, type InvitationPreview } from '../api/preview-invitation';
import { AcceptInvitation } from '../components/AcceptInvitation';
import { ExpiredInvitation } from '../components/ExpiredInvitation';
import { InvitationSummary } from '../components/InvitationSummary';
import { LogInToAccept, type LoginFormComponent } from '../components/LogInToAccept';
import { RegisterForm } from '../components/RegisterForm';
import { UnusableInvitation } from '../components/UnusableInvitation';
import { WrongAccount } from '../components/WrongAccount';
import {
  forgetInvitationToken,
  rememberedInvitationToken,
  rememberInvitationToken,
  tokenFromHash,
} from '../invitation-token';
import { sameAddress, useLoggedInUser } from '../use-logged-in-user';

/** Answers to accept that mean the link changed state meanwhile: the page shows the new state. */
const LINK_STATE_CODES = new Set<ProblemCode>([
  'invitation_expired',
  'invitation_revoked',
  'invitation_already_used',
  'invitation_invalid',
]);

/**
 * `/invite#token=...`: what the invitation gives, and the way in that fits who is (or is not) logged in.
 * `loginForm`: the app's login form, for an invited address that has an account.
 */
export function InvitationPage({ loginForm }: { loginForm: LoginFormComponent }) {
  const { hash, pathname } = useLocation();
  const navigate = useNavigate();
  const fromHash = tokenFromHash(hash);
  const token = fromHash ?? rememberedInvitationToken();

  useEffect(() => {
    if (!fromHash) return;
    rememberInvitationToken(fromHash);
    // Out of the address bar and the history at once; this tab keeps it for a login round-trip.
    void navigate({ pathname }, { replace: true });
  }, [fromHash, navigate, pathname]);

  if (!token) return <UnusableInvitation kind="unknown" preview={undefined} loggedIn={false} />;
  return <Invitation token={token} loginForm={loginForm} />;
}

function Invitation({ token, loginForm }: { token: string; loginForm: LoginFormComponent }) {
  const { t } = useTranslation();
  const preview = useInvitationPreview(token);
  const { loggedIn } = useLoggedInUser();
  const [joining, setJoining] = useState(false);

  if (joining) return <LoadingState label={t('joining.opening')} />;
  if (preview.isPending) return <LoadingState />;
  if (preview.isError) return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  const invitation = preview.data;
  switch (invitation.status) {
    case 'pending':
      return (
        <PendingInvitation
          token={token}
          preview={invitation}
          loginForm={loginForm}
          onJoining={() => setJoining(true)}
        />
      );
    case 'expired':
      return <ExpiredInvitation token={token} preview={invitation} />;
    case 'revoked':
    case 'accepted':
      return <UnusableInvitation kind={invitation.status} preview={invitation} loggedIn={loggedIn} />;
    case 'invalid':
      return (
        <UnusableInvitation
          kind={invitation.reason === 'replaced' ? 'replaced' : 'unknown'}
          preview={invitation}
          loggedIn={loggedIn}
        />
      );
  }
}

interface PendingInvitationProps {
  token: string;
  preview: InvitationPreview;
  loginForm: LoginFormComponent;
  onJoining: () => void;
}

function PendingInvitation({ token, preview, loginForm, onJoining }: PendingInvitationProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Known at once for a session that was there on arrival (the route loads it); right after a login or a
  // registration on this page it is on its way, and the form stays until it is known.
  const { user } = useLoggedInUser();
  const accept = useAcceptInvitation();
  const logout = useLogout();
  const [accountJustFound, setAccountJustFound] = useState(false);
  const invitedEmail = preview.email ?? '';
  const companyName = preview.companyName ?? '';

  const enter = (customerNumber: string) => {
    onJoining();
    forgetInvitationToken();
    void navigate(customerPath(customerNumber), { replace: true });
  };

  const enterAfterRegistering = () => enter(preview.customerNumber ?? '');

  const acceptAndEnter = () =>
    accept.mutate(token, {
      onSuccess: ({ customerNumber }) => enter(customerNumber),
      onError: (error) => {
        if (error instanceof ApiError && error.code && LINK_STATE_CODES.has(error.code)) {
          void queryClient.invalidateQueries({ queryKey: invitationPreviewKey });
        }
      },
    });

  // Accepts only for the invited address; anyone else sees that the invitation is not theirs.
  const acceptAfterLogin = async () => {
    const me = await queryClient.fetchQuery(meQueryOptions());
    if (sameAddress(me.email, invitedEmail)) acceptAndEnter();
  };

  const logOutAndContinue = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        accept.reset();
        // The invitation stays; everything of the old session goes.
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== invitationPreviewKey[0] });
      },
    });

  const problemEmail = accept.error instanceof ApiError ? accept.error.problem?.['invitedEmail'] : undefined;
  const mismatch =
    accept.error instanceof ApiError && accept.error.code === 'invitation_email_mismatch'
      ? typeof problemEmail === 'string'
        ? problemEmail
        : invitedEmail
      : undefined;

  let action;
  if (user && (mismatch !== undefined || !sameAddress(user.email, invitedEmail))) {
    action = (
      <WrongAccount
        invitedEmail={mismatch ?? invitedEmail}
        currentEmail={user.email}
        loggingOut={logout.isPending}
        onLogOut={logOutAndContinue}
      />
    );
  } else if (user) {
    action = (
      <AcceptInvitation
        email={user.email}
        companyName={companyName}
        accepting={accept.isPending}
        error={accept.isError ? errorMessage(accept.error, t, language) : undefined}
        onAccept={acceptAndEnter}
      />
    );
  } else if (preview.accountExists || accountJustFound) {
    action = (
      <LogInToAccept
        email={invitedEmail}
        accountJustFound={accountJustFound}
        onLoggedIn={acceptAfterLogin}
        LoginForm={loginForm}
      />
    );
  } else {
    action = (
      <div className="stack">
        <h2>{t('joining.registerTitle')}</h2>
        <p>{t('joining.registerText')}</p>
        <RegisterForm
          token={token}
          preview={preview}
          onRegistered={() => void enterAfterRegistering()}
          onAccountExists={() => setAccountJustFound(true)}
        />
      </div>
    );
  }

  return (
    <Page
      title={t('joining.title', { company: companyName })}
      intro={
        preview.invitedBy
          ? t('joining.intro', { name: preview.invitedBy.name, company: companyName })
          : t('joining.introNoInviter', { company: companyName })
      }
    >
      <div className="invitation">
        <InvitationSummary preview={preview} />
        <section className="panel invitation__action">{action}</section>
      </div>
    </Page>
  );
}
