import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
// Types only: the policy itself (with its large zxcvbn dictionaries) loads lazily, in a chunk of its own.
import type * as PasswordPolicyModule from '@cloudhub/password-policy';
import type { PasswordContext, PasswordProblem, PasswordVerdict } from '@cloudhub/password-policy';

export type { PasswordProblem, PasswordVerdict };

type PasswordPolicy = typeof PasswordPolicyModule;

let loading: Promise<PasswordPolicy> | undefined;

/** Starts loading the policy (once); a failed load may be tried again. */
export function loadPasswordPolicy(): Promise<PasswordPolicy> {
  loading ??= import('@cloudhub/password-policy').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The policy once loaded; undefined meanwhile (the API checks every password anyway). */
function usePasswordPolicy(): PasswordPolicy | undefined {
  const [policy, setPolicy] = useState<PasswordPolicy>();
  useEffect(() => {
    let current = true;
    loadPasswordPolicy().then(
      (loaded) => {
        if (current) setPolicy(loaded);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return policy;
}

export interface PasswordCheck {
  /** The verdict on the password as typed, for the hint; undefined while empty or while the policy loads. */
  verdict: PasswordVerdict | undefined;
  /** The verdict on a password now, for the submit; undefined while the policy loads. */
  check: (password: string) => PasswordVerdict | undefined;
}

/** The API's own password policy, run in the browser while the password is typed. */
export function usePasswordCheck(password: string, { email, name, companyNames = [] }: PasswordContext): PasswordCheck {
  const policy = usePasswordPolicy();
  const companies = companyNames.join('\n');
  const check = useCallback(
    (value: string) => policy?.checkPassword(value, { email, name, companyNames: companies.split('\n') }),
    [policy, email, name, companies],
  );
  // Typing stays fluid: the estimate follows the latest value React has time for.
  const typed = useDeferredValue(password);
  const verdict = useMemo(() => (typed === '' ? undefined : check(typed)), [check, typed]);
  return { verdict, check };
}
