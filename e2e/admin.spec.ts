import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import { articlePath, authorPath, categoryPath, tagPath } from '../lib/routes';
import { slugify } from '../lib/arabic/slug';
import { ADMIN, THROTTLED } from './support/accounts';
import { casablancaLocal, fillEditor, publishArticle, signIn, trySignIn } from './support/newsroom';
import { seedArticle } from './support/seed';
import { locs, validateXml } from './support/xml';

// These tests change the content; playwright.config.ts runs them after the reader tests.
test.describe.configure({ mode: 'serial' });

const origin = 'http://localhost:3100';
const body =
  'خلفية الخبر\nافتتحت المدينة مكتبة جديدة للقراءة العمومية.\n\nتفاصيل\nتضم المكتبة آلاف الكتب بالعربية والأمازيغية والفرنسية.';

const ARTICLE_WORDS_SEARCH = `/search?q=${encodeURIComponent('مكتبة القراءة العمومية')}`;

async function appearsEverywhere(
  request: APIRequestContext,
  id: number,
  slug: string,
  title: string,
) {
  const path = articlePath(id, slug);
  const home = await (await request.get('/')).text();
  const category = await (await request.get(categoryPath('ثقافة'))).text();
  const sitemap = await (await request.get('/sitemaps/articles-0.xml')).text();
  const news = await (await request.get('/news-sitemap.xml')).text();
  const feed = await new Parser().parseString(await (await request.get('/feeds/rss.xml')).text());
  const search = await (await request.get(ARTICLE_WORDS_SEARCH)).text();
  return {
    page: (await request.get(path, { maxRedirects: 0 })).status(),
    home: home.includes(`href="${path}"`),
    category: category.includes(`href="${path}"`),
    sitemap: locs(sitemap).includes(`${origin}${path}`),
    newsSitemap: locs(news).includes(`${origin}${path}`),
    news,
    feed: feed.items.some((i) => i.title === title),
    search: search.includes(`href="${path}"`),
  };
}

test.describe('newsroom sign-in', () => {
  test('a wrong password is refused with a message that does not reveal whether the address exists', async ({
    page,
  }) => {
    await trySignIn(page, ADMIN.email, 'wrong-password-2030');
    await expect(page.locator('main [role="alert"]')).toHaveText(
      'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    );
    await trySignIn(page, 'nobody@e2e.test', 'wrong-password-2030');
    await expect(page.locator('main [role="alert"]')).toHaveText(
      'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    );
  });

  test('five failures lock the account, even against the right password', async ({ page }) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await trySignIn(page, THROTTLED.email, `wrong-${attempt}-password`);
      await expect(page.locator('main [role="alert"]')).toBeVisible();
    }
    await trySignIn(page, THROTTLED.email, THROTTLED.password);
    await expect(page.locator('main [role="alert"]')).toContainText('محاولات كثيرة');
    await expect(page).toHaveURL(/\/admin\/sign-in/);
  });

  test('the CLI-created admin signs in; the session cookie is HttpOnly and SameSite=Lax', async ({
    page,
    context,
  }) => {
    await signIn(page);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { name: 'المقالات' })).toBeVisible();
    const cookie = (await context.cookies()).find((c) => c.name.includes('session_token'));
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
  });
});

test.describe('without a session', () => {
  test('every newsroom page sends to sign-in, and none is cached or indexed', async ({
    request,
  }) => {
    for (const path of [
      '/admin',
      '/admin/articles/new',
      '/admin/articles/1',
      '/admin/articles/1/delete',
      '/admin/import',
      '/admin/audit',
      '/admin/users',
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers()['location'], path).toContain('/admin/sign-in');
    }
    const signInPage = await request.get('/admin/sign-in');
    expect(signInPage.headers()['cache-control']).toContain('no-store');
    expect(await signInPage.text()).toContain('<meta name="robots" content="noindex, nofollow"/>');
  });

  test('server actions check the session themselves', async ({ page, context }) => {
    await signIn(page);
    await page.goto('/admin/articles/new');
    await fillEditor(page, {
      title: 'خبر لا يجب أن يحفظ أبدا',
      dek: 'تمهيد لخبر يحاول الحفظ بعد انتهاء الجلسة.',
      body,
    });
    await context.clearCookies();
    await page.getByRole('button', { name: 'حفظ كمسودة' }).click();
    await expect(page.locator('main [role="alert"]')).toContainText('انتهت الجلسة');

    await signIn(page);
    await page.goto(`/admin?q=${encodeURIComponent('خبر لا يجب')}`);
    await expect(page.getByText('لا توجد مقالات بهذه المعايير.')).toBeVisible();
  });

  test('the internal publication route refuses calls without its token', async ({ request }) => {
    const response = await request.post('/api/internal/publish-due', {
      data: { since: new Date(0).toISOString(), until: new Date().toISOString() },
    });
    expect(response.status()).toBe(403);
  });
});

test.describe('writing and publishing', () => {
  let id = 0;
  const title = 'افتتاح مكتبة للقراءة العمومية في الرباط';

  test('a published article appears on the home page, its category, sitemaps, feed and search', async ({
    page,
    request,
  }) => {
    // A tag that does not exist yet (its «not found» gets cached), and a tag the article does not carry.
    const newTag = tagPath(slugify('مكتبات'));
    const otherTag = tagPath(slugify('إسبانيا'));
    expect((await request.get(newTag)).status()).toBe(404);
    expect((await request.get(otherTag)).status()).toBe(200);
    // The seeded article's category is not the one published in: its feed must stay cached.
    expect((await request.get(seedArticle.categoryFeedPath)).status()).toBe(200);
    // With the in-process response cache on (SQLite, one instance), the second request comes from it.
    const responseCacheOn = (await request.get(otherTag)).headers()['x-cache'] === 'HIT';
    const cachedBy = responseCacheOn ? 'x-cache' : 'x-nextjs-cache';
    // A search for the article's words, cached before it exists, and one for words it does not hold.
    expect(await (await request.get(ARTICLE_WORDS_SEARCH)).text()).toContain('لم نجد نتائج');
    const otherSearch = `/search?q=${encodeURIComponent('حموشي ')}`;
    expect((await request.get(otherSearch)).status()).toBe(200);
    await signIn(page);
    id = await publishArticle(page, {
      title,
      dek: 'افتتحت مدينة الرباط مكتبة جديدة للقراءة العمومية مفتوحة للجميع.',
      body,
      tags: 'مكتبات، قراءة',
      category: 'ثقافة',
    });
    const seen = await appearsEverywhere(request, id, slugify(title), title);
    expect({ ...seen, news: undefined }).toEqual({
      page: 200,
      home: true,
      category: true,
      sitemap: true,
      newsSitemap: true,
      news: undefined,
      feed: true,
      search: true,
    });
    // Now that an article is recent, the news sitemap is validated against both schemas.
    validateXml(seen.news, 'news-sitemap-check.xsd');
    const tagPage = await request.get(newTag);
    expect(tagPage.status()).toBe(200);
    expect(await tagPage.text()).toContain(`href="${articlePath(id, slugify(title))}"`);
    // Pages the article is not on are not rendered again: the response cache in front keeps them
    // (or, without it, Next.js answers from its own cache).
    const other = await request.get(otherTag);
    expect(other.status()).toBe(200);
    expect(other.headers()[cachedBy]).toBe('HIT');
    const otherFeed = await request.get(seedArticle.categoryFeedPath);
    expect(otherFeed.status()).toBe(200);
    expect(otherFeed.headers()[cachedBy]).toBe('HIT');
    // Search pages render per request; the response cache keeps those the article cannot be in.
    if (responseCacheOn) expect((await request.get(otherSearch)).headers()['x-cache']).toBe('HIT');
  });

  test('changing title and slug redirects the old URL to the new one', async ({
    page,
    request,
  }) => {
    await signIn(page);
    await page.goto(`/admin/articles/${id}`);
    await page
      .getByLabel('العنوان', { exact: true })
      .fill('مكتبة جديدة للقراءة العمومية تفتح أبوابها بالرباط');
    await page.getByLabel('الرابط المختصر').fill('مكتبة-الرباط-الجديدة');
    await page.getByRole('button', { name: 'تحديث النشر' }).click();
    await expect(page.getByRole('status')).toHaveText('نُشر المقال.');
    const old = await request.get(articlePath(id, slugify(title)), { maxRedirects: 0 });
    expect(old.status()).toBe(308);
    expect(old.headers()['location']).toBe(articlePath(id, 'مكتبة-الرباط-الجديدة'));
    expect((await request.get(articlePath(id, 'مكتبة-الرباط-الجديدة'))).status()).toBe(200);
  });

  test('an edit based on an outdated version is refused, not silently overwritten', async ({
    browser,
  }) => {
    const first = await browser.newPage();
    const second = await browser.newPage();
    await signIn(first);
    await signIn(second);
    await first.goto(`/admin/articles/${id}`);
    await second.goto(`/admin/articles/${id}`);
    await first
      .getByLabel('التمهيد')
      .fill('تمهيد معدل من النافذة الأولى حول المكتبة الجديدة للقراءة العمومية.');
    await first.getByRole('button', { name: 'تحديث النشر' }).click();
    await expect(first.getByRole('status')).toHaveText('نُشر المقال.');
    await second.getByLabel('التمهيد').fill('تمهيد من النافذة الثانية يجب ألا يمحو التعديل الأول.');
    await second.getByRole('button', { name: 'تحديث النشر' }).click();
    await expect(second.locator('main [role="alert"]')).toContainText('عدّل شخص آخر هذا المقال');
    await first.close();
    await second.close();
  });

  test('unpublishing removes it from the site, sitemaps, feed and search on the next request', async ({
    page,
    request,
  }) => {
    await signIn(page);
    await page.goto(`/admin/articles/${id}`);
    await page.getByRole('button', { name: 'سحب من النشر' }).click();
    await expect(page.getByRole('status')).toHaveText('سُحب المقال من النشر.');
    const seen = await appearsEverywhere(
      request,
      id,
      'مكتبة-الرباط-الجديدة',
      'مكتبة جديدة للقراءة العمومية تفتح أبوابها بالرباط',
    );
    expect({ ...seen, news: undefined }).toEqual({
      page: 404,
      home: false,
      category: false,
      sitemap: false,
      newsSitemap: false,
      news: undefined,
      feed: false,
      search: false,
    });
  });

  test('a scheduled article is absent before its time and present after, with no further action', async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    await signIn(page);
    // A whole minute at least 30 s ahead: the form takes minutes, and a time a few seconds ahead
    // rounded down to its minute was already past when the save arrived (published, not scheduled).
    const at = new Date(Math.ceil((Date.now() + 30_000) / 60_000) * 60_000);
    const scheduledTitle = 'موعد مجدول لافتتاح معرض الكتاب بالرباط';
    const scheduledId = await publishArticle(page, {
      title: scheduledTitle,
      dek: 'يفتتح معرض الكتاب أبوابه في الموعد المحدد للنشر المجدول.',
      body,
      category: 'ثقافة',
      publishAt: casablancaLocal(at),
      // A tag and an author no published article has yet: embargoed with it.
      tags: 'معرض الرباط المجدول',
      author: 'كاتبة المعرض المجدول',
    });
    await expect(page.getByRole('status')).toHaveText('جُدول المقال للنشر في الوقت المحدد.');
    const path = articlePath(scheduledId, slugify(scheduledTitle));
    const embargoed = [
      tagPath(slugify('معرض الرباط المجدول')),
      authorPath(slugify('كاتبة المعرض المجدول')),
    ];
    expect((await request.get(path)).status()).toBe(404);
    for (const url of embargoed) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      expect(await response.text(), url).not.toContain('المجدول');
    }
    expect(await (await request.get('/')).text()).not.toContain(scheduledTitle);
    // The form takes minutes; the article is due at the start of that minute.
    const due = new Date(at);
    due.setSeconds(0, 0);
    await expect
      .poll(async () => (await request.get(path)).status(), {
        timeout: 150_000,
        intervals: [2_000],
      })
      .toBe(200);
    expect(Date.now()).toBeGreaterThanOrEqual(due.getTime());
    await expect
      .poll(async () => (await (await request.get('/')).text()).includes(scheduledTitle), {
        timeout: 20_000,
      })
      .toBe(true);
    expect(locs(await (await request.get('/sitemaps/articles-0.xml')).text())).toContain(
      `${origin}${path}`,
    );
    for (const url of embargoed) expect((await request.get(url)).status(), url).toBe(200);
  });

  test('markup and bidi overrides stay inert text everywhere', async ({ page, request }) => {
    page.on('dialog', () => {
      throw new Error('a script ran');
    });
    await signIn(page);
    const hostileTitle = '<script>alert(1)</script> عنوان ]]><b>x</b>]]> \u202Eاختبار\u0007 الحقن';
    const shownTitle = hostileTitle.replace('\u202E', '').replace('\u0007', '');
    const hostileId = await publishArticle(page, {
      title: hostileTitle,
      dek: 'تمهيد فيه <img src=x onerror=alert(1)> و ]]><i>y</i>]]> ورابط javascript:alert(2) للاختبار.',
      body: 'فقرة فيها <script>alert(3)</script> و <a href="javascript:alert(4)">رابط</a>.',
      category: 'ثقافة',
      slug: 'اختبار-الحقن',
    });
    const path = articlePath(hostileId, 'اختبار-الحقن');
    await page.goto(path);
    await expect(page.locator('h1')).toContainText('<script>alert(1)</script>');
    expect(
      await page
        .locator(
          'main script:not([type="application/ld+json"]), main img, main a[href^="javascript"]',
        )
        .count(),
    ).toBe(0);
    expect(await page.locator('[data-article-body] script, [data-article-body] img').count()).toBe(
      0,
    );
    for (const url of ['/', categoryPath('ثقافة'), '/admin']) {
      await page.goto(url);
      expect(await page.locator('img[src="x"], a[href^="javascript"]').count(), url).toBe(0);
    }
    const feed = await (await request.get('/feeds/rss.xml')).text();
    validateXml(feed);
    validateXml(await (await request.get('/feeds/atom.xml')).text());
    // Text is either escaped or inside CDATA; outside CDATA there is no markup from the article.
    expect(feed.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).not.toContain('<script');
    const item = (await new Parser().parseString(feed)).items.find((i) => i.link?.endsWith(path));
    expect(item?.title).toBe(shownTitle);
    const html = await (await request.get(path)).text();
    const ld = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
      (m) => m[1]!,
    );
    expect(ld.join('')).not.toContain('<script>');
    expect(
      ld.map((block) => JSON.parse(block)).find((d) => d['@type'] === 'NewsArticle').headline,
    ).toBe(shownTitle);
    validateXml(
      await (await request.get('/sitemaps/articles-0.xml')).text(),
      'image-sitemap-check.xsd',
    );
    const image = await request.get(
      (await page.goto(path),
      await page.locator('meta[property="og:image"]').getAttribute('content'))!,
    );
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
  });

  test('deleting asks for confirmation, then removes the article', async ({ page, request }) => {
    await signIn(page);
    const doomed = await publishArticle(page, {
      title: 'خبر قصير سيحذف بعد قليل',
      dek: 'تمهيد لخبر قصير سيحذف بعد التأكيد.',
      body,
      category: 'ثقافة',
      slug: 'خبر-سيحذف',
    });
    await page.goto(`/admin/articles/${doomed}/delete`);
    await page.getByRole('button', { name: 'حذف نهائي' }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+\/delete/);
    await page.getByLabel('أؤكد حذف هذا المقال نهائياً').check();
    await page.getByRole('button', { name: 'حذف نهائي' }).click();
    await expect(page).toHaveURL(/\/admin\?notice=deleted/);
    expect((await request.get(articlePath(doomed, 'خبر-سيحذف'))).status()).toBe(404);
  });
});

test.describe('import', () => {
  test('the seed document imports as a draft; a second import is a duplicate; a malformed one shows its errors and creates nothing', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/admin/import');
    await page
      .getByLabel('الوثائق (‎.txt بترميز UTF-8)')
      .setInputFiles('prisma/seed/articles/000_639dfa3fad1bf5b5.txt');
    await page.getByRole('button', { name: 'استيراد' }).click();
    await expect(page.locator('[data-outcome="imported"]')).toContainText('استُورد كمسودة');
    await page
      .getByLabel('الوثائق (‎.txt بترميز UTF-8)')
      .setInputFiles('prisma/seed/articles/000_639dfa3fad1bf5b5.txt');
    await page.getByRole('button', { name: 'استيراد' }).click();
    await expect(page.locator('[data-outcome="duplicate"]')).toBeVisible();

    await page.getByLabel('الوثائق (‎.txt بترميز UTF-8)').setInputFiles({
      name: 'broken.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('\n\nهومبريس بلا فاصل\nتمهيد.\n'),
    });
    await page.getByRole('button', { name: 'استيراد' }).click();
    const failed = page.locator('[data-outcome="failed"]');
    await expect(failed).toContainText('broken.txt:3: byline');
    await page.goto(`/admin?status=draft`);
    await expect(page.getByRole('link', { name: /^استقبل عبد اللطيف حموشي/ })).toHaveCount(1);
  });
});

test.describe('accounts', () => {
  // A new address each run, so the test can be repeated on the same database.
  const colleague = { email: `lifecycle-${Date.now()}@e2e.test`, name: 'زميلة الاختبار' };
  const passwords = [
    'Agadir-Souss-Argan-2031',
    'Oujda-Berkane-Saidia-2032',
    'Dakhla-Lagoon-Wind-2033',
  ];
  const row = (page: Page) => page.locator(`[data-account="${colleague.email}"]`);

  test('an administrator disables, enables, resets and signs out a colleague; each takes effect at once and is audited', async ({
    page,
    browser,
  }) => {
    await signIn(page);
    await page.goto('/admin/users');
    await page.getByLabel('البريد الإلكتروني').fill(colleague.email);
    await page.getByLabel('الاسم').fill(colleague.name);
    await page.getByLabel('كلمة المرور').fill(passwords[0]!);
    await page.getByRole('button', { name: 'إنشاء الحساب' }).click();
    await expect(page.getByRole('status')).toContainText(colleague.email);

    const theirs = await browser.newContext();
    const them = await theirs.newPage();
    await trySignIn(them, colleague.email, passwords[0]!);
    await expect(them).toHaveURL(/\/admin$/);

    // Disabled: the open session is gone on its next request, the right password gets a reason.
    await page.reload();
    await row(page).getByRole('button', { name: 'تعطيل' }).click();
    await expect(row(page).getByRole('status')).toContainText('عُطِّل الحساب');
    await expect(row(page).getByRole('button', { name: 'تفعيل' })).toBeVisible();
    await them.goto('/admin');
    await expect(them).toHaveURL(/\/admin\/sign-in/);
    await trySignIn(them, colleague.email, passwords[0]!);
    await expect(them.locator('main [role="alert"]')).toContainText('معطَّل');

    await row(page).getByRole('button', { name: 'تفعيل' }).click();
    await expect(row(page).getByRole('status')).toContainText('فُعِّل');
    await expect(row(page).getByRole('button', { name: 'تعطيل' })).toBeVisible();
    await trySignIn(them, colleague.email, passwords[0]!);
    await expect(them).toHaveURL(/\/admin$/);

    // Promoted: the colleague's open session sees the accounts page without signing in again.
    await row(page).getByRole('button', { name: 'جعله مديراً' }).click();
    await expect(row(page).getByRole('button', { name: 'جعله محرراً' })).toBeVisible();
    await them.goto('/admin/users');
    await expect(them.getByRole('heading', { name: 'حسابات غرفة الأخبار' })).toBeVisible();
    await row(page).getByRole('button', { name: 'جعله محرراً' }).click();
    await expect(row(page).getByRole('button', { name: 'جعله مديراً' })).toBeVisible();
    await them.goto('/admin/users');
    await expect(them).toHaveURL(/\/admin$/);

    // A reset link: works once, ends the open session, the old password stops working.
    await row(page).getByRole('button', { name: 'رابط إعادة تعيين كلمة المرور' }).click();
    const link = (await row(page).locator('output').textContent())!.trim();
    expect(link).toMatch(/^http:\/\/localhost:3100\/admin\/reset-password\/[\w-]{40,}$/);
    const reset = await (await browser.newContext()).newPage();
    await reset.goto(link);
    await reset.waitForLoadState('networkidle');
    await expect(reset.getByText(colleague.email)).toBeVisible();
    await reset.getByLabel('كلمة المرور الجديدة', { exact: true }).fill(passwords[1]!);
    await reset.getByLabel('أعيدوا كتابة كلمة المرور الجديدة').fill(passwords[1]!);
    await reset.getByRole('button', { name: 'تغيير كلمة المرور' }).click();
    await expect(reset.getByRole('status')).toContainText('تغيّرت كلمة المرور');
    await them.goto('/admin');
    await expect(them).toHaveURL(/\/admin\/sign-in/);
    await trySignIn(them, colleague.email, passwords[0]!);
    await expect(them.locator('main [role="alert"]')).toContainText('غير صحيحة');
    await reset.goto(link);
    await expect(reset.locator('main [role="alert"]')).toContainText('الرابط غير صالح');

    // Their own password, with the current one.
    await trySignIn(them, colleague.email, passwords[1]!);
    await them.goto('/admin/account');
    // The form is React's: fill it once hydrated, or hydration may reset what was typed.
    await them.waitForLoadState('networkidle');
    await them.getByLabel('كلمة المرور الحالية').fill('not-my-password-2030');
    await them.getByLabel('كلمة المرور الجديدة', { exact: true }).fill(passwords[2]!);
    await them.getByLabel('أعيدوا كتابة كلمة المرور الجديدة').fill(passwords[2]!);
    await them.getByRole('button', { name: 'تغيير كلمة المرور' }).click();
    await expect(them.locator('main [role="alert"]')).toContainText(
      'كلمة المرور الحالية غير صحيحة',
    );
    await them.getByLabel('كلمة المرور الحالية').fill(passwords[1]!);
    await them.getByLabel('كلمة المرور الجديدة', { exact: true }).fill(passwords[2]!);
    await them.getByLabel('أعيدوا كتابة كلمة المرور الجديدة').fill(passwords[2]!);
    await them.getByRole('button', { name: 'تغيير كلمة المرور' }).click();
    await expect(them).toHaveURL(/\/admin\/account\?changed=1$/);
    await expect(them.getByRole('status')).toContainText('تغيّرت كلمة المرور');
    await them.goto('/admin');
    await expect(them).toHaveURL(/\/admin$/);

    // Ended from the accounts page: signed out on every device.
    await page.reload();
    await expect(row(page)).toContainText('الجلسات المفتوحة: 1');
    await row(page).getByRole('button', { name: 'إنهاء الجلسات' }).click();
    await expect(row(page).getByRole('status')).toContainText('انتهت جلسات الحساب (1)');
    await them.goto('/admin');
    await expect(them).toHaveURL(/\/admin\/sign-in/);

    await page.goto('/admin/audit');
    for (const action of [
      'account-disabled',
      'account-enabled',
      'role-changed',
      'reset-link-issued',
      'password-reset',
      'password-change-failed',
      'password-changed',
      'sessions-ended',
    ])
      await expect(page.locator(`tr[data-action="${action}"]`).first(), action).toBeVisible();
    await theirs.close();
  });

  test('the accounts page offers an administrator no way to disable or demote themselves', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/admin/users');
    const own = page.locator(`[data-account="${ADMIN.email}"]`);
    await expect(own.getByRole('button', { name: 'تعطيل' })).toHaveCount(0);
    await expect(own.getByRole('button', { name: 'جعله محرراً' })).toHaveCount(0);
  });
});

test.describe('audit trail', () => {
  test('records sign-ins, publications, unpublications, deletions and imports with who did them', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/admin/audit');
    for (const action of [
      'signed-in',
      'published',
      'scheduled',
      'unpublished',
      'deleted',
      'imported',
      'sign-in-failed',
    ]) {
      await expect(page.locator(`tr[data-action="${action}"]`).first(), action).toBeVisible();
    }
    await expect(page.locator('tr[data-action="published"]').first()).toContainText(ADMIN.name);
  });
});

test('the seeded article is untouched by the newsroom tests', async ({ request }) => {
  expect((await request.get(seedArticle.path)).status()).toBe(200);
});
