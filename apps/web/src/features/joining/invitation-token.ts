/**
 * The invitation token travels in the link's fragment (`/invite#token=...`), which browsers never send to a
 * server or put in a Referer. The page takes it from there, clears it from the address bar and keeps it for
 * this tab only (memory and sessionStorage), so that a login round-trip or a reload still has it.
 */
const STORAGE_KEY = 'cloudhub.invitationToken';
let remembered: string | undefined;

export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim();
  return token ? token : undefined;
}

export function rememberInvitationToken(token: string): void {
  remembered = token;
  try {
    sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Storage off (private mode): memory alone serves this page.
  }
}

export function rememberedInvitationToken(): string | undefined {
  if (remembered) return remembered;
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Once the invitation is used: nothing of it stays in the tab. */
export function forgetInvitationToken(): void {
  remembered = undefined;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}
