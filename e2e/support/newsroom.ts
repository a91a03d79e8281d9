import { expect, type Page } from '@playwright/test';
import { ADMIN } from './accounts';

/** Signs in as the test admin and waits for the article list. */
export async function signIn(page: Page) {
  await trySignIn(page, ADMIN.email, ADMIN.password);
  await page.waitForURL(/\/admin$/);
}

/** Submits the sign-in form and waits for the answer (an error, or the article list). */
export async function trySignIn(page: Page, email: string, password: string) {
  await page.goto('/admin/sign-in');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'دخول' }).click();
  await Promise.race([page.waitForURL(/\/admin$/), page.locator('main [role="alert"]').waitFor()]);
}

export type ArticleFields = {
  title: string;
  dek: string;
  body: string;
  tags?: string;
  slug?: string;
  publishAt?: string;
  category?: string;
  author?: string;
};

export async function fillEditor(page: Page, fields: ArticleFields) {
  await page.getByLabel('العنوان', { exact: true }).fill(fields.title);
  await page.getByLabel('الرابط المختصر').fill(fields.slug ?? '');
  await page.getByLabel('التمهيد').fill(fields.dek);
  await page.getByLabel('المتن').fill(fields.body);
  if (fields.category) await page.getByLabel('القسم').selectOption(fields.category);
  await page.getByLabel('الوسوم').fill(fields.tags ?? '');
  if (fields.author) await page.getByLabel('الكاتب', { exact: true }).fill(fields.author);
  await page.getByLabel('وقت النشر (توقيت الدار البيضاء)').fill(fields.publishAt ?? '');
}

/** Creates and publishes an article from the editor; returns its id. */
export async function publishArticle(page: Page, fields: ArticleFields): Promise<number> {
  await page.goto('/admin/articles/new');
  await fillEditor(page, fields);
  await page.getByRole('button', { name: 'نشر', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=(published|scheduled)/);
  return Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);
}

/** «YYYY-MM-DDTHH:mm» in Casablanca (+01:00 outside Ramadan), for the datetime-local field. */
export function casablancaLocal(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Africa/Casablanca',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
