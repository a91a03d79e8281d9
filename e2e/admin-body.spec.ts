import { expect, test, type Page } from '@playwright/test';
import { articlePath } from '../lib/routes';
import { fillEditor, publishArticle, signIn } from './support/newsroom';

// Publishes and edits articles: playwright.config.ts runs this after the media library's tests.
test.describe.configure({ mode: 'serial' });

const YOUTUBE_ID = 'dQw4w9WgXcQ';
const TARGET = {
  title: 'ميناء طنجة المتوسط يسجل رقماً قياسياً جديداً',
  slug: 'ميناء-طنجة-رقم-قياسي',
  renamedTitle: 'ميناء طنجة المتوسط يتجاوز عشرة ملايين حاوية',
  renamedSlug: 'ميناء-طنجة-عشرة-ملايين',
};

/** A body with every block type and inline format of the document format. */
function richBody(targetId: number) {
  return [
    '## خلفية الاتفاق',
    `وقّع **الطرفان** الاتفاق *بالأحرف الأولى*، بحسب [وكالة الأنباء](https://example.com/report?id=7) و[تقريرنا السابق](/news/${targetId}).`,
    '### ما الذي تغيّر',
    '> الاتفاق يفتح صفحة جديدة في التعاون الزنجبيلي.',
    '> — وزير الخارجية',
    '>> صفحة جديدة في التعاون',
    '- تخفيض الرسوم الجمركية',
    '- تسهيل تنقل الطلاب',
    '',
    '1. المرحلة الأولى في يناير',
    '2. المرحلة الثانية في يونيو',
    '---',
    `[مقال ${targetId}]`,
    '[معلومات: الاتفاق في أرقام]',
    'وُقّع الاتفاق بعد مفاوضات دامت أشهراً في مدينة القرنفلية.',
    '- أربعة عشر بنداً',
    '[/معلومات]',
    `https://www.youtube.com/watch?v=${YOUTUBE_ID}`,
    '[كلمة الوزير كاملة](https://x.com/someone/status/1799999999999999999)',
    'https://example.org/full-text',
    'وختم البيان بالدعوة إلى متابعة التنفيذ.',
  ].join('\n');
}

let targetId = 0;
let richId = 0;

async function readerPage(page: Page) {
  const response = await page.goto(`/news/${richId}`);
  expect(response?.status()).toBe(200);
  return response!;
}

test('an editor publishes a story with links, quotes, lists, a fact box, a related card and embeds', async ({
  page,
}) => {
  await signIn(page);
  targetId = await publishArticle(page, {
    title: TARGET.title,
    slug: TARGET.slug,
    dek: 'سجل الميناء رقماً قياسياً في عدد الحاويات المعالجة خلال السنة.',
    body: 'سجل ميناء طنجة المتوسط رقماً قياسياً جديداً في عدد الحاويات.',
    category: 'اقتصاد',
  });
  richId = await publishArticle(page, {
    title: 'اتفاق تعاون جديد بين البلدين يدخل حيز التنفيذ',
    dek: 'اتفاق يشمل التجارة والتعليم وتنقل الطلاب بين البلدين.',
    body: richBody(targetId),
    category: 'سياسة',
  });
  // What the editor saved reads back as the same blocks.
  await page.goto(`/admin/articles/${richId}`);
  const saved = await page.getByLabel('المتن').inputValue();
  expect(saved).toContain('## خلفية الاتفاق');
  expect(saved).toContain('**الطرفان**');
  expect(saved).toContain(`[تقريرنا السابق](/news/${targetId})`);
  expect(saved).toContain('[معلومات: الاتفاق في أرقام]');
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`the rich story, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('every block is drawn, links are safe and ours follow the target', async ({ page }) => {
      const external: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('http://localhost')) external.push(r.url());
      });
      await readerPage(page);
      const body = page.locator('[data-article-body]');
      await expect(body.locator('h2', { hasText: 'خلفية الاتفاق' })).toBeVisible();
      await expect(body.locator('h3', { hasText: 'ما الذي تغيّر' })).toBeVisible();
      await expect(body.locator('strong', { hasText: 'الطرفان' })).toBeVisible();
      await expect(body.locator('em', { hasText: 'بالأحرف الأولى' })).toBeVisible();
      const agency = body.getByRole('link', { name: 'وكالة الأنباء' });
      await expect(agency).toHaveAttribute('href', 'https://example.com/report?id=7');
      await expect(agency).toHaveAttribute('rel', 'noopener');
      // Our article by id, at its canonical URL (no redirect hop), without rel.
      const ours = body.getByRole('link', { name: 'تقريرنا السابق' });
      await expect(ours).toHaveAttribute('href', articlePath(targetId, TARGET.slug));
      await expect(body.locator('blockquote')).toContainText('الاتفاق يفتح صفحة جديدة');
      await expect(body.locator('figure figcaption', { hasText: 'وزير الخارجية' })).toBeVisible();
      await expect(body.locator('[data-role="pullquote"]')).toContainText('صفحة جديدة في التعاون');
      await expect(body.locator('ul > li').first()).toHaveText('تخفيض الرسوم الجمركية');
      await expect(body.locator('ol > li')).toHaveText([
        'المرحلة الأولى في يناير',
        'المرحلة الثانية في يونيو',
      ]);
      await expect(body.locator('hr')).toHaveCount(1);
      const card = body.locator('[data-role="related-card"]');
      await expect(card.getByRole('link')).toHaveText(TARGET.title);
      await expect(card.getByRole('link')).toHaveAttribute(
        'href',
        articlePath(targetId, TARGET.slug),
      );
      const facts = body.locator('[data-role="factbox"]');
      await expect(facts).toHaveAttribute('aria-label', 'الاتفاق في أرقام');
      await expect(facts.locator('li')).toHaveText('أربعة عشر بنداً');
      await expect(
        body.getByRole('link', { name: 'https://example.org/full-text' }),
      ).toHaveAttribute('href', 'https://example.org/full-text');
      // Embeds are link cards; nothing is loaded from any provider before a reader asks.
      const youtube = body.locator('[data-embed="youtube"]');
      await expect(youtube.getByRole('link')).toHaveAttribute(
        'href',
        `https://www.youtube.com/watch?v=${YOUTUBE_ID}`,
      );
      await expect(body.locator('[data-embed="x"]')).toContainText('كلمة الوزير كاملة');
      await expect(body.locator('iframe')).toHaveCount(0);
      await expect(youtube.getByRole('button')).toBeVisible({ visible: javaScriptEnabled });
      expect(external).toEqual([]);
    });
  });
}

test('pressing an embed card loads the player in a frame of ours that allows that provider only', async ({
  page,
  request,
}) => {
  const response = await readerPage(page);
  // The article itself may frame nothing but our origin.
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).not.toContain('youtube');
  expect(csp).toContain("default-src 'self'");
  const frames: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'document' && r.url().includes('/embed/')) frames.push(r.url());
  });
  const youtube = page.locator('[data-embed="youtube"]');
  await youtube.getByRole('button').click();
  const frame = youtube.locator('iframe');
  await expect(frame).toHaveAttribute('src', `/embed/youtube/${YOUTUBE_ID}`);
  // Our frame page, then (only now) the provider's player inside it.
  await expect
    .poll(() => frames.filter((url) => url.startsWith('http://localhost')).length)
    .toBe(1);
  expect(frames.filter((url) => !url.startsWith('http://localhost'))).toEqual(
    frames.length > 1 ? [`https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}`] : [],
  );
  // The other card is untouched.
  await expect(page.locator('[data-embed="x"] iframe')).toHaveCount(0);

  const wrapper = await request.get(`/embed/youtube/${YOUTUBE_ID}`);
  expect(wrapper.status()).toBe(200);
  const policy = wrapper.headers()['content-security-policy'] ?? '';
  expect(policy).toContain('frame-src https://www.youtube-nocookie.com');
  expect(policy).toContain("frame-ancestors 'self'");
  expect(policy).toContain("default-src 'none'");
  expect(policy).not.toContain('script-src');
  expect(await wrapper.text()).toContain(
    `src="https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}"`,
  );
  // Only checked ids of known providers get a page.
  for (const bad of [
    '/embed/youtube/%22%3E%3Cscript%3E',
    '/embed/myspace/abc',
    `/embed/youtube/${YOUTUBE_ID}/extra`,
  ])
    expect((await request.get(bad)).status(), bad).toBe(404);
});

test('feeds carry the rich body as escaped HTML; JSON-LD and search get its plain text', async ({
  page,
  request,
}) => {
  await readerPage(page);
  const ld = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((text) => JSON.parse(text) as { '@type'?: string; articleBody?: string })
    .find((data) => data['@type'] === 'NewsArticle');
  expect(ld?.articleBody).toContain('الاتفاق يفتح صفحة جديدة في التعاون الزنجبيلي.');
  expect(ld?.articleBody).toContain('أربعة عشر بنداً');
  expect(ld?.articleBody).not.toMatch(/\*\*|<|\]\(/);

  const rss = await (await request.get('/feeds/rss.xml')).text();
  const item = rss.split('<item>').find((chunk) => chunk.includes(`/news/${richId}<`)) ?? '';
  expect(item).toContain('<content:encoded>');
  const content = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(item)?.[1];
  expect(content).toContain('<strong>الطرفان</strong>');
  expect(content).toContain('<blockquote><p>الاتفاق يفتح صفحة جديدة');
  expect(content).toContain('<a href="https://example.com/report?id=7">وكالة الأنباء</a>');
  expect(content).toMatch(new RegExp(`<a href="http://localhost:\\d+/news/${targetId}">`));

  // Words only in the quote and only in the fact box find the story.
  for (const words of ['الزنجبيلي', 'القرنفلية']) {
    const search = await (await request.get(`/search?q=${encodeURIComponent(words)}`)).text();
    expect(search, words).toContain(`/news/${richId}/`);
  }
});

test('a new slug and title of a linked story reach the pages that link to it', async ({
  page,
  request,
}) => {
  await signIn(page);
  await page.goto(`/admin/articles/${targetId}`);
  await page.getByLabel('العنوان', { exact: true }).fill(TARGET.renamedTitle);
  await page.getByLabel('الرابط المختصر').fill(TARGET.renamedSlug);
  await page.getByRole('button', { name: 'تحديث النشر' }).click();
  await expect(page.getByRole('status')).toHaveText('نُشر المقال.');
  const html = await (await request.get(`/news/${richId}`)).text();
  const renamed = articlePath(targetId, TARGET.renamedSlug);
  expect(html).toContain(`href="${renamed}"`);
  expect(html).toContain(TARGET.renamedTitle);
  expect(html).not.toContain(`href="${articlePath(targetId, TARGET.slug)}"`);
});

test('a script, data or other-host link is refused at save with the line, and nothing is saved', async ({
  page,
}) => {
  await signIn(page);
  for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', '//evil.example/x']) {
    await page.goto('/admin/articles/new');
    await fillEditor(page, {
      title: 'خبر برابط مرفوض',
      dek: 'تمهيد الخبر الذي يحمل رابطاً مرفوضاً.',
      body: `فقرة أولى سليمة.\nانقروا [هنا](${href}) للمزيد.`,
    });
    await page.getByRole('button', { name: 'حفظ كمسودة' }).click();
    await expect(page.locator('#body-error')).toContainText('السطر 2: رابط مرفوض');
    await expect(page).toHaveURL(/\/admin\/articles\/new/);
  }
  // A body naming an article that does not exist is refused too.
  await page.goto('/admin/articles/new');
  await fillEditor(page, {
    title: 'خبر ببطاقة لمقال غير موجود',
    dek: 'تمهيد الخبر الذي يذكر مقالاً غير موجود.',
    body: 'فقرة.\n[مقال 999999]',
  });
  await page.getByRole('button', { name: 'حفظ كمسودة' }).click();
  await expect(page.locator('#body-error')).toContainText('المقال رقم 999999');
  await expect(page).toHaveURL(/\/admin\/articles\/new/);
});
