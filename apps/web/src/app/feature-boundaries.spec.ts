import { ESLint, Linter } from 'eslint';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Which of `imports`, written in `file`, the project's lint config refuses (its `no-restricted-imports`). */
async function refused(file: string, imports: string[]): Promise<string[]> {
  const config = await new ESLint({ cwd: repoRoot }).calculateConfigForFile(file);
  const code = imports.map((path, index) => `import value${index} from '${path}';`).join('\n');
  const messages = new Linter({ cwd: repoRoot }).verify(
    code,
    { files: ['**/*.{ts,tsx}'], rules: { 'no-restricted-imports': config.rules['no-restricted-imports'] ?? 'off' } },
    { filename: join(repoRoot, file) },
  );
  return messages.map((message) => imports[message.line - 1]);
}

describe('the SPA feature boundaries (lint)', () => {
  it('let a feature import shared code and its own folder only', async () => {
    const file = 'apps/web/src/features/home/routes/HomePage.tsx';
    expect(
      await refused(file, [
        '../../../components/Page',
        '../../../lib/me/get-me',
        '../../../locales/en.json',
        '../components/AreaShortcuts',
        '../../home/resources',
        '../../customers/components/CustomerList',
        '../../../features/auth/routes/LoginPage',
        '../../../app/router',
      ]),
    ).toEqual([
      '../../customers/components/CustomerList',
      '../../../features/auth/routes/LoginPage',
      '../../../app/router',
    ]);
  });

  it('hold in every feature, however deep the file', async () => {
    const file = 'apps/web/src/features/user-management/components/members/MembersTab.tsx';
    expect(await refused(file, ['../invitations/InvitationsTab', '../../../leaving/access-ended'])).toEqual([
      '../../../leaving/access-ended',
    ]);
  });

  it('keep shared code free of features and of app/', async () => {
    expect(
      await refused('apps/web/src/lib/format.ts', ['./language/use-language', '../features/auth/login-wait']),
    ).toEqual(['../features/auth/login-wait']);
    expect(await refused('apps/web/src/components/Page.tsx', ['../lib/format', '../app/router'])).toEqual([
      '../app/router',
    ]);
  });

  it('let app/ compose the features', async () => {
    expect(await refused('apps/web/src/app/router.tsx', ['../features/auth/routes/LoginPage'])).toEqual([]);
  });
});
