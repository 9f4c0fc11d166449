import { LANGUAGES } from '@cloudhub/permissions';
import type { LoginAlertMailVariables } from '../mail.types';
import { renderMail } from './render-mail';

const HOSTILE = '<script>alert(1)</script>';
const variables: LoginAlertMailVariables = {
  name: HOSTILE,
  email: 'anna.berg@example.test',
  loginUrl: 'https://hub.example/login',
};
const render = (language: (typeof LANGUAGES)[number]) =>
  renderMail({ id: 'x', kind: 'login-alert', to: variables.email, language, variables });

describe('login-alert e-mail', () => {
  it.each(LANGUAGES)('in %s names the account, has both parts and escapes every variable', (language) => {
    const mail = render(language);
    expect(mail.subject).toMatch(/CloudHub/);
    expect(mail.html).toContain(`<html lang="${language}">`);
    expect(mail.text).toContain('anna.berg@example.test');
    expect(mail.html).not.toContain(HOSTILE);
    expect(mail.html).toContain('&lt;script&gt;');
  });

  it.each(LANGUAGES)('in %s links to nothing but the login page', (language) => {
    const mail = render(language);
    const links = [...mail.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(links).toEqual(['https://hub.example/login']);
    expect(mail.text.match(/https?:\/\/\S+/g)).toEqual(['https://hub.example/login']);
  });

  it('says that known devices still work and suggests a new password', () => {
    expect(render('en').text).toMatch(/still log in .* where you logged in before/);
    expect(render('en').text).toMatch(/change your password/);
    expect(render('de').text).toMatch(/schon angemeldet haben, melden Sie sich weiter/);
    expect(render('de').text).toMatch(/ändern Sie Ihr Passwort/);
  });
});
