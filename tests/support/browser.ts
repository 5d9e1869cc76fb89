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
