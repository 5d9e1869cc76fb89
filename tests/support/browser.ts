import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.ts';
import { TEST_ADMIN } from './stack-setup.ts';

/** Real Chromium, headless, with no way to reach the internet. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Signs the test's super admin in to the admin panel, as an editor does on its login page. */
export async function signInToAdmin(page: Page, cmsUrl: string): Promise<void> {
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.getByLabel(/e-?mail/i).fill(TEST_ADMIN.email);
  await page.getByLabel(/wachtwoord|password/i).fill(TEST_ADMIN.password);
  await page.getByRole('button', { name: /inloggen|login|log in/i }).click();
  await page.waitForURL(/\/admin(?!\/auth)/);
}

/** The login page's texts in each admin language: the name in its language menu, its labels and button. */
const LOGIN_PAGE = {
  nl: { language: 'Nederlands', email: 'E-mail', password: 'Wachtwoord', button: 'Inloggen' },
  fr: { language: 'Français', email: 'Email', password: 'Mot de passe', button: 'Se connecter' },
  en: { language: 'English', email: 'Email', password: 'Password', button: 'Login' },
} as const;

/**
 * Signs a user in through the admin's login form as a person does: the interface language
 * chosen first in the login page's language menu, then e-mail, password and the login button.
 * Strapi allows five logins per user in five minutes, so a test signs each user in once;
 * `beforeSubmit` runs on the filled-in form (a screenshot for the guides).
 */
export async function signInWithLoginForm(
  page: Page,
  cmsUrl: string,
  credentials: { readonly email: string; readonly password: string },
  language: keyof typeof LOGIN_PAGE,
  { beforeSubmit }: { beforeSubmit?: () => Promise<void> } = {}
): Promise<void> {
  const texts = LOGIN_PAGE[language];
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.getByRole('banner').getByRole('combobox').click();
  await page.getByRole('option', { name: texts.language, exact: true }).click();
  await page.getByRole('textbox', { name: texts.email, exact: true }).fill(credentials.email);
  await page.getByRole('textbox', { name: texts.password, exact: true }).fill(credentials.password);
  await beforeSubmit?.();
  await page.getByRole('button', { name: texts.button, exact: true }).click();
  await page.waitForURL(/\/admin(?!\/auth)/);
}
