import { expect, test } from '@playwright/test';
import { seedArticle } from './support/seed';

const queries = [
  'الاستعلامات',
  'الإستعلامات',
  'استعلامات',
  'الارهاب',
  'والتطرف',
  'حموشى',
  'اسبانيا',
  'كاس العالم',
  'مُكافَحة',
  'مكافحـــة',
  '٢٠٣٠',
  '2030',
];

test.describe('search page', () => {
  for (const query of queries) {
    test(`«${query}» finds the seeded article`, async ({ request }) => {
      const response = await request.get(`/search?q=${encodeURIComponent(query)}`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain(`href="${seedArticle.path}"`);
      expect(html).toContain('نتيجة واحدة');
    });
  }

  test('«طوكيو» finds nothing and says so in Arabic', async ({ page }) => {
    await page.goto('/search?q=%D8%B7%D9%88%D9%83%D9%8A%D9%88');
    await expect(page.getByRole('status')).toContainText('لم نجد نتائج');
    await expect(page.locator(`a[href="${seedArticle.path}"]`)).toHaveCount(0);
  });

  test('results show headline, date, category and a highlighted snippet of the original text', async ({
    page,
  }) => {
    await page.goto(`/search?q=${encodeURIComponent('مكافحة الارهاب')}`);
    const result = page.getByRole('region', { name: 'نتائج البحث' }).locator('li').first();
    await expect(result.getByRole('heading', { level: 2 })).toHaveText(seedArticle.title);
    await expect(result.locator('time')).toHaveAttribute('datetime', /\+01:00$/);
    await expect(result.getByRole('link', { name: 'أمن' })).toBeVisible();
    const marks = await result.locator('mark').allTextContents();
    expect(marks).toContain('مكافحة');
    expect(marks).toContain('الإرهاب');
  });

  test('is noindex, follow', async ({ page }) => {
    await page.goto('/search?q=%D8%AD%D9%85%D9%88%D8%B4%D9%8A');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe(
      'noindex, follow',
    );
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search box submits and shows highlighted results', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('search').first().getByRole('searchbox');
    await box.fill('حموشى');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole('link', { name: seedArticle.title })).toBeVisible();
    await expect(page.locator('mark').first()).toBeVisible();
  });

  test('the 404 page offers the search box', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.locator('main').getByRole('search')).toBeVisible();
  });
});

test.describe('bad input never breaks search', () => {
  const cases: { name: string; query: string; status: number; text?: string }[] = [
    { name: 'no query', query: '', status: 200, text: 'اكتبوا كلمة أو أكثر' },
    { name: 'empty q', query: 'q=', status: 200, text: 'اكتبوا كلمة أو أكثر' },
    { name: 'spaces only', query: 'q=%20%20%20', status: 200, text: 'اكتبوا كلمة أو أكثر' },
    {
      name: 'diacritics only',
      query: `q=${encodeURIComponent('َُِّ')}`,
      status: 200,
      text: 'لا يحتوي ما كتبتموه',
    },
    {
      name: 'punctuation only',
      query: `q=${encodeURIComponent('؟!.،')}`,
      status: 200,
      text: 'لا يحتوي ما كتبتموه',
    },
    {
      name: '10,000 characters',
      query: `q=${'hammouchi '.repeat(1000)}`,
      status: 200,
      text: 'لم نجد نتائج',
    },
    // 10,000 Arabic characters are 120 KB percent-encoded: Node refuses the request line itself.
    {
      name: '10,000 Arabic characters',
      query: `q=${encodeURIComponent('حموشي '.repeat(1700))}`,
      status: 431,
    },
    { name: 'invalid UTF-8 percent-encoding', query: 'q=%E0%A4%A', status: 200 },
    { name: 'lone percent sign', query: 'q=%', status: 200 },
    {
      name: 'SQL injection',
      query: `q=${encodeURIComponent("'; DROP TABLE Article; --")}`,
      status: 200,
    },
    {
      name: 'FTS5 syntax',
      query: `q=${encodeURIComponent('NEAR(حموشي OR "اسبانيا"*) -x title:y ^z')}`,
      status: 200,
      text: 'لم نجد نتائج',
    },
    {
      name: 'unbalanced quote',
      query: `q=${encodeURIComponent('"حموشي')}`,
      status: 200,
      text: 'نتيجة واحدة',
    },
    {
      name: 'RTL override characters',
      query: `q=${encodeURIComponent('\u202Eحموشي\u202C')}`,
      status: 200,
      text: 'نتيجة واحدة',
    },
    { name: 'markup', query: `q=${encodeURIComponent('<script>alert(1)</script>')}`, status: 200 },
    {
      name: 'two q values',
      query: 'q=%D8%AD%D9%85%D9%88%D8%B4%D9%8A&q=x',
      status: 200,
      text: 'نتيجة واحدة',
    },
    { name: 'page=-1', query: 'q=a&page=-1', status: 400, text: 'رقم الصفحة' },
    { name: 'page=abc', query: 'q=a&page=abc', status: 400, text: 'رقم الصفحة' },
    { name: 'page=0', query: 'q=a&page=0', status: 400 },
    { name: 'page=1.5', query: 'q=a&page=1.5', status: 400 },
    { name: 'two page values', query: 'q=a&page=1&page=2', status: 400 },
    {
      name: 'page=99999',
      query: `q=${encodeURIComponent('حموشي')}&page=99999`,
      status: 200,
      text: 'لا توجد نتائج في الصفحة 99999',
    },
  ];
  for (const { name, query, status, text } of cases) {
    test(name, async ({ request }) => {
      const response = await request.get(`/search?${query}`);
      expect(response.status()).toBe(status);
      const body = await response.text();
      expect(body).not.toContain('<script>alert(1)</script>');
      expect(body).not.toMatch(/at \w+ \(|node_modules|Error:/);
      if (text) expect(body).toContain(text);
    });
  }

  test('the server still answers afterwards', async ({ request }) => {
    expect((await request.get('/healthz')).status()).toBe(200);
  });
});
