import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn, trySignIn } from './support/newsroom';

// A contributor's story through review, its revisions and its corrections. Publishes one story:
// playwright.config.ts runs this after the rich-body tests.
test.describe.configure({ mode: 'serial' });

const CONTRIBUTOR = {
  email: 'contributor@e2e.test',
  name: 'مساهمة الاختبار',
  password: 'Zagora-Dades-Todra-2031',
};
const STORY = {
  title: 'تعاونية نسائية في تالوين تصدّر الزعفران',
  titleAfterReview: 'تعاونية نسائية في تالوين تصدّر زعفرانها إلى أوروبا',
  dek: 'بدأت تعاونية نسائية في تالوين تصدير الزعفران الحر إلى أسواق جديدة.',
  body: 'تجمع التعاونية ثلاثين امرأة من دواوير المنطقة.\n\nوتقول رئيستها إن الطلب تضاعف هذا العام.',
};

let storyId = 0;

async function contributorPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await trySignIn(page, CONTRIBUTOR.email, CONTRIBUTOR.password);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

test('an administrator creates a contributor account', async ({ page }) => {
  await signIn(page);
  await page.goto('/admin/users');
  await page.getByLabel('البريد الإلكتروني').fill(CONTRIBUTOR.email);
  await page.getByLabel('الاسم').fill(CONTRIBUTOR.name);
  await page.getByLabel('كلمة المرور').fill(CONTRIBUTOR.password);
  await page.getByLabel('الدور').selectOption('contributor');
  await page.getByRole('button', { name: 'إنشاء الحساب' }).click();
  await expect(page.getByRole('status')).toContainText(CONTRIBUTOR.email);
  await expect(page.locator(`[data-account="${CONTRIBUTOR.email}"]`)).toContainText('مساهم');
});

test('a contributor writes and submits for review, and cannot publish through the UI or the action', async ({
  browser,
}) => {
  const page = await contributorPage(browser);
  const nav = page.getByRole('navigation', { name: 'غرفة الأخبار' });
  await expect(nav.getByRole('link', { name: 'مقال جديد' })).toBeVisible();
  for (const name of ['استيراد', 'المراجعة', 'سجل العمليات', 'الكتّاب', 'الحسابات'])
    await expect(nav.getByRole('link', { name })).toHaveCount(0);

  await page.goto('/admin/articles/new');
  await expect(page.getByRole('button', { name: 'نشر', exact: true })).toHaveCount(0);
  await expect(page.getByLabel('وقت النشر (توقيت الدار البيضاء)')).toHaveCount(0);
  await page.getByLabel('العنوان', { exact: true }).fill(STORY.title);
  await page.getByLabel('التمهيد').fill(STORY.dek);
  await page.getByLabel('المتن').fill(STORY.body);
  await page.getByRole('button', { name: 'حفظ كمسودة' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=created/);
  storyId = Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);

  // The server action itself refuses: a «publish» button put into the page by hand.
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.type = 'submit';
    button.name = 'intent';
    button.value = 'publish';
    button.textContent = 'نشر مزوّر';
    document.querySelector('main form')!.append(button);
  });
  await page.getByRole('button', { name: 'نشر مزوّر' }).click();
  await expect(page.locator('main [role="alert"]')).toContainText('النشر وسحبه للمحررين');
  expect((await page.request.get(`/news/${storyId}`)).status()).toBe(404);

  await page.getByRole('button', { name: 'إرسال للمراجعة' }).click();
  await expect(page).toHaveURL(/\?saved=submitted/);
  await expect(page.locator('main [role="status"]').first()).toContainText('أُرسل المقال للمراجعة');
  await expect(page.getByText('بانتظار المراجعة').first()).toBeVisible();

  // Editors' pages and other people's articles are closed to a contributor.
  await page.goto('/admin/import');
  await expect(page).toHaveURL(/\/admin$/);
  expect((await page.goto('/admin/articles/1'))?.status()).toBe(404);
  expect((await page.goto('/admin/articles/1/corrections'))?.url()).toMatch(/\/admin$/);
  await page.context().close();
});

test('an editor sends the submission back with a comment; the contributor revises and resubmits', async ({
  page,
  browser,
}) => {
  await signIn(page);
  await page.goto('/admin/review');
  await page.getByRole('link', { name: STORY.title }).click();
  await expect(page.locator('[data-role="review-state"]')).toContainText(CONTRIBUTOR.name);
  await page.getByLabel('تعليق').fill('العنوان عام: اذكروا وجهة التصدير.');
  await page.getByRole('button', { name: 'إعادة إلى الكاتب مع التعليق' }).click();
  await expect(page.locator('main [role="status"]').last()).toContainText('أُعيد المقال إلى كاتبه');
  await page.goto('/admin/review');
  await expect(page.getByRole('link', { name: STORY.title })).toHaveCount(0);

  const theirs = await contributorPage(browser);
  await theirs.goto(`/admin/articles/${storyId}`);
  await expect(theirs.locator('[data-role="review-comment"]')).toContainText('اذكروا وجهة التصدير');
  await theirs.getByLabel('العنوان', { exact: true }).fill(STORY.titleAfterReview);
  await theirs.getByRole('button', { name: 'إرسال للمراجعة' }).click();
  await expect(theirs).toHaveURL(/\?saved=submitted/);
  await theirs.context().close();

  await page.goto('/admin/audit');
  await expect(page.getByText('إعادة مقال إلى كاتبه').first()).toBeVisible();
  await expect(page.getByText('إرسال مقال للمراجعة').first()).toBeVisible();
});

test('an editor publishes the submission; it leaves the queue and its writer can no longer edit it', async ({
  page,
  browser,
}) => {
  await signIn(page);
  await page.goto('/admin/review');
  await page.getByRole('link', { name: STORY.titleAfterReview }).click();
  await page.getByRole('button', { name: 'نشر', exact: true }).click();
  await expect(page).toHaveURL(/\?saved=published/);
  const reader = await page.request.get(`/news/${storyId}`);
  expect(reader.status()).toBe(200);
  await page.goto('/admin/review');
  await expect(page.getByRole('link', { name: STORY.titleAfterReview })).toHaveCount(0);

  const theirs = await contributorPage(browser);
  expect((await theirs.goto(`/admin/articles/${storyId}`))?.status()).toBe(404);
  await theirs.context().close();
});

test('a typo fix leaves «آخر تحديث» alone; a substantive update moves it and dateModified', async ({
  page,
}) => {
  await signIn(page);
  await page.goto(`/admin/articles/${storyId}`);
  await page.getByLabel('المتن').fill(STORY.body.replace('الطلب تضاعف', 'الطلب تضاعَف'));
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page).toHaveURL(/\?saved=edited/);
  await page.goto(`/news/${storyId}`);
  await expect(page.locator('[data-role="revised"]')).toHaveCount(0);

  await page.goto(`/admin/articles/${storyId}`);
  await page
    .getByLabel('المتن')
    .fill(`${STORY.body}\n\nوأعلنت التعاونية مساء اليوم توقيع عقد مع موزع في ليون.`);
  await page.getByLabel('تحديث جوهري').check();
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page).toHaveURL(/\?saved=edited/);
  await page.goto(`/news/${storyId}`);
  await expect(page.locator('[data-role="revised"]')).toContainText('آخر تحديث');
  const ld = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map(
      (text) =>
        JSON.parse(text) as { '@type'?: string; dateModified: string; datePublished: string },
    )
    .find((data) => data['@type'] === 'NewsArticle')!;
  expect(Date.parse(ld.dateModified)).toBeGreaterThan(Date.parse(ld.datePublished));
});

test('revisions show what each save changed, word by word, and an old one is restored as a new save', async ({
  page,
}) => {
  await signIn(page);
  await page.goto(`/admin/articles/${storyId}`);
  await page.getByRole('link', { name: 'النسخ السابقة' }).click();
  const list = page.getByRole('list', { name: 'النسخ' });
  await expect(list.getByText('إنشاء المقال')).toBeVisible();
  await expect(list.getByText('العنوان', { exact: true })).toBeVisible();
  // The save that changed the title: the added words in <ins>, the removed ones in <del>.
  await list
    .locator('li', { has: page.getByText('العنوان', { exact: true }) })
    .getByRole('link')
    .click();
  const title = page.locator('[data-field="title"]');
  await expect(title.locator('ins')).toContainText('زعفرانها');
  await expect(title.locator('del')).toContainText('الزعفران');

  await page.getByRole('link', { name: 'كل النسخ' }).click();
  await list
    .locator('li', { has: page.getByText('إنشاء المقال') })
    .getByRole('link')
    .click();
  await page.getByRole('button', { name: 'استعادة هذه النسخة' }).click();
  await expect(page).toHaveURL(/\?saved=restored/);
  await expect(page.getByLabel('العنوان', { exact: true })).toHaveValue(STORY.title);
  // Restoring text does not unpublish: readers get the restored title at once.
  await page.goto(`/news/${storyId}`);
  await expect(page.locator('h1')).toHaveText(STORY.title);
  await page.goto(`/admin/articles/${storyId}/revisions`);
  await expect(list.locator('li').first()).toContainText('استعادة النسخة');
});

test('a correction appears on the article, in the corrections page and in the news sitemap, without JavaScript', async ({
  page,
  browser,
}) => {
  await signIn(page);
  await page.goto(`/admin/articles/${storyId}`);
  await page.getByRole('link', { name: 'التصحيحات' }).click();
  await page.getByLabel('تصحيح (كان في المقال خطأ)').check();
  const text = 'ذكرت نسخة سابقة أن التعاونية تضم عشرين امرأة، والصحيح ثلاثون.';
  await page.getByLabel('النص كما يقرؤه القراء').fill(text);
  await page.getByRole('button', { name: 'نشر التصحيح' }).click();
  await expect(page.locator('main [role="status"]').last()).toContainText('ظهر للقراء');

  const context = await browser.newContext({ javaScriptEnabled: false });
  const reader = await context.newPage();
  await reader.goto(`/news/${storyId}`);
  const box = reader.locator('#corrections');
  await expect(box.locator('[data-kind="correction"]')).toContainText('تصحيح');
  await expect(box).toContainText(text);
  await expect(reader.locator('[data-role="revised"]')).toBeVisible();
  await reader.goto('/corrections');
  const first = reader.locator('main ol > li').first();
  await expect(first).toContainText(text);
  await expect(first.getByRole('link')).toHaveAttribute('href', new RegExp(`/news/${storyId}/`));
  const sitemap = await (await reader.request.get('/news-sitemap.xml')).text();
  expect(sitemap).toContain(`/news/${storyId}/`);
  await context.close();

  await page.goto('/admin/audit');
  await expect(page.getByText('إضافة تصحيح').first()).toBeVisible();
});
