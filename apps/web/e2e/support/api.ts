import { expect, type APIRequestContext } from '@playwright/test';
import { ADMIN, DEMO_PASSWORD } from './demo';

interface Membership {
  tenantId: string;
  customerNumber: string;
}

export interface InvitationRow {
  id: string;
  email: string;
  sendCount: number;
  status: string;
  delivery: string;
}

/**
 * The API as a test's setup uses it, logged in as one user (the demo admin by default): what a test
 * needs in place before the browser shows it, created through the same endpoints the SPA calls.
 */
export class TestApi {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly headers: Record<string, string>,
    private readonly memberships: Membership[],
  ) {}

  static async logIn(request: APIRequestContext, email = ADMIN, password = DEMO_PASSWORD): Promise<TestApi> {
    const login = await request.post('/api/auth/login', { data: { email, password } });
    expect(login.status(), `login of ${email}`).toBe(200);
    const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
    const me = await (await request.get('/api/me', { headers })).json();
    return new TestApi(request, headers, me.memberships);
  }

  tenantId(customerNumber: string): string {
    const membership = this.memberships.find((candidate) => candidate.customerNumber === customerNumber);
    if (!membership) throw new Error(`not a member of ${customerNumber}`);
    return membership.tenantId;
  }

  private path(customerNumber: string, rest: string): string {
    return `/api/tenants/${this.tenantId(customerNumber)}/${rest}`;
  }

  async roleId(customerNumber: string, name: string): Promise<string> {
    const response = await this.request.get(this.path(customerNumber, 'roles'), { headers: this.headers });
    const role = (await response.json()).items.find((candidate: { name: string }) => candidate.name === name);
    if (!role) throw new Error(`no role ${name} in ${customerNumber}`);
    return role.id;
  }

  async createRole(customerNumber: string, name: string, permissions: string[]): Promise<string> {
    const response = await this.request.post(this.path(customerNumber, 'roles'), {
      headers: this.headers,
      data: { name, permissions },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()).id;
  }

  async deleteRole(customerNumber: string, roleId: string): Promise<void> {
    await this.request.delete(this.path(customerNumber, `roles/${roleId}`), { headers: this.headers });
  }

  async setMemberRoles(customerNumber: string, userId: string, roleIds: string[]): Promise<void> {
    const response = await this.request.patch(this.path(customerNumber, `members/${userId}`), {
      headers: this.headers,
      data: { roleIds },
    });
    expect(response.status(), await response.text()).toBe(200);
  }

  async members(
    customerNumber: string,
    q: string,
  ): Promise<{ userId: string; email: string; roles: { name: string }[] }[]> {
    const response = await this.request.get(this.path(customerNumber, 'members'), {
      headers: this.headers,
      params: { q },
    });
    return (await response.json()).items;
  }

  async invite(customerNumber: string, email: string, roleIds: string[] = []): Promise<InvitationRow> {
    const response = await this.request.post(this.path(customerNumber, 'invitations'), {
      headers: this.headers,
      data: { email, roleIds },
    });
    expect(response.status(), await response.text()).toBe(201);
    return response.json();
  }

  async resend(customerNumber: string, invitationId: string): Promise<number> {
    const response = await this.request.post(this.path(customerNumber, `invitations/${invitationId}/resend`), {
      headers: this.headers,
    });
    return response.status();
  }

  async deleteInvitation(customerNumber: string, invitationId: string): Promise<void> {
    await this.request.delete(this.path(customerNumber, `invitations/${invitationId}`), { headers: this.headers });
  }

  async invitations(customerNumber: string, q: string): Promise<InvitationRow[]> {
    const response = await this.request.get(this.path(customerNumber, 'invitations'), {
      headers: this.headers,
      params: { q, limit: 200 },
    });
    return (await response.json()).items;
  }

  /** Waits until the outbox has sent the invitation's latest e-mail (or given up on it). */
  async waitForDelivery(customerNumber: string, email: string): Promise<void> {
    await expect
      .poll(async () => (await this.invitations(customerNumber, email))[0]?.delivery, { timeout: 15_000 })
      .not.toBe('queued');
  }

  async quota(customerNumber: string): Promise<{ limit: number; remaining: number; resetsAt: string | null }> {
    return (await this.request.get(this.path(customerNumber, 'invitations/quota'), { headers: this.headers })).json();
  }

  async status(method: 'get' | 'post', customerNumber: string, rest: string): Promise<number> {
    const response = await this.request[method](this.path(customerNumber, rest), { headers: this.headers });
    return response.status();
  }
}

/** An address no other test (and no earlier run) uses. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}
