import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { exifTags, generatedPhoto } from '../tests/support/photos';
import { fillEditor, signIn } from './support/newsroom';

// One story of the media library, in order: upload, describe, publish with it, try to delete it.
test.describe.configure({ mode: 'serial' });

const ALT = 'سوق شعبي مزدحم في المدينة القديمة قبيل الإفطار';
const CAPTION = 'متسوقون في سوق المدينة القديمة، الثلاثاء.';
const CREDIT = 'تصوير: سارة بنعلي';

type Files = Parameters<Page['setInputFiles']>[1];

let gpsJpeg: Buffer;
let photoPage = '';
let unusedPage = '';
let articleId = 0;

test.beforeAll(async () => {
  gpsJpeg = await generatedPhoto({ width: 2400, height: 1600, gps: true, seed: 11 });
});

async function upload(page: Page, files: Files) {
  await page.goto('/admin/photos');
  await page.getByLabel(/اختاروا صورة أو أكثر/).setInputFiles(files);
}

const row = (page: Page, name: string) =>
  page.locator('li[data-state]').filter({ has: page.getByText(name, { exact: true }) });

test('several photos upload with their progress; bad files are refused with the reason; the same file again is reused', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  const png = await generatedPhoto({ width: 1200, height: 900, seed: 12, format: 'png' });
  const truncated = (await generatedPhoto({ width: 900, height: 700, seed: 13 })).subarray(
    0,
    20_000,
  );
  await upload(page, [
    { name: 'souk.jpg', mimeType: 'image/jpeg', buffer: gpsJpeg },
    { name: 'scan.png', mimeType: 'image/png', buffer: png },
    {
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    },
    { name: 'cut.jpg', mimeType: 'image/jpeg', buffer: truncated },
    { name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('ليست صورة '.repeat(50)) },
    { name: 'souk-again.jpg', mimeType: 'image/jpeg', buffer: gpsJpeg },
  ]);
  await expect(page.locator('li[data-state]')).toHaveCount(6);
  await expect(row(page, 'souk-again.jpg')).toHaveAttribute('data-state', /reused|failed/, {
    timeout: 90_000,
  });
  await expect(row(page, 'souk.jpg')).toHaveAttribute('data-state', 'done');
  await expect(row(page, 'souk.jpg').locator('progress')).toHaveAttribute('value', '1');
  await expect(row(page, 'scan.png')).toHaveAttribute('data-state', 'done');
  await expect(row(page, 'logo.svg')).toHaveAttribute('data-state', 'failed');
  await expect(row(page, 'logo.svg')).toContainText('صور SVG غير مقبولة');
  await expect(row(page, 'cut.jpg')).toContainText('الملف تالف أو مقطوع');
  await expect(row(page, 'notes.jpg')).toContainText('هذا الملف ليس صورة مقبولة');
  await expect(row(page, 'souk-again.jpg')).toHaveAttribute('data-state', 'reused');
  photoPage = (await row(page, 'souk.jpg').getByRole('link').getAttribute('href'))!;
  unusedPage = (await row(page, 'scan.png').getByRole('link').getAttribute('href'))!;
  expect(await row(page, 'souk-again.jpg').getByRole('link').getAttribute('href')).toBe(photoPage);
  // The library lists the two new photos (and the seed's), none described yet.
  await page.reload();
  await expect(page.getByText('بلا نص بديل', { exact: true })).toHaveCount(2);
});

test('uploads are refused from another site or without a session', async ({ request }) => {
  const jpeg = await generatedPhoto({ width: 400, height: 300, seed: 14 });
  const anonymous = await request.post('/admin/photos/upload', { data: jpeg });
  expect(anonymous.status()).toBe(401);
  const crossSite = await request.post('/admin/photos/upload', {
    data: jpeg,
    headers: { origin: 'https://evil.example' },
  });
  expect(crossSite.status()).toBe(403);
});

test('a photo is described and its focal point set by tapping it: every crop moves', async ({
  page,
}) => {
  await signIn(page);
  await page.goto(photoPage);
  const wide = page.locator('img[data-crop="wide"]');
  const before = await wide.getAttribute('src');
  const target = page.getByRole('button', { name: 'اختيار نقطة التركيز' });
  const box = (await target.boundingBox())!;
  // Towards the top left of the photo (images are not mirrored in RTL).
  await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.3);
  await expect(page.getByLabel(/أفقياً/)).toHaveValue(/^0\.(19|2|20|21)\d*$/);
  await expect(page.getByLabel(/عمودياً/)).toHaveValue(/^0\.(29|3|30|31)\d*$/);
  await page.getByLabel(/النص البديل/).fill(ALT);
  await page.getByLabel('التعليق').fill(CAPTION);
  await page.getByLabel(/المصدر/).fill(CREDIT);
  await page.getByRole('button', { name: 'حفظ' }).click();
  // A new focal point remakes every crop: seconds of sharp on this machine.
  await expect(page.getByRole('status')).toHaveText('حُفظت بيانات الصورة.', { timeout: 60_000 });
  await expect(page.getByLabel(/النص البديل/)).toHaveValue(ALT);
  const after = await wide.getAttribute('src');
  expect(after).not.toBe(before);
  // The 16:9 crop of a 3:2 photo moved up towards the focal point: its top rows are the photo's.
  const crop = await sharp(await (await page.request.get(after!)).body()).metadata();
  expect(crop.width! / crop.height!).toBeCloseTo(16 / 9, 1);
  await page.goto(`/admin/photos?q=${encodeURIComponent('السوق الشعبي')}`);
  await expect(page.locator('main ul li')).toHaveCount(1);
  await expect(page.locator('main ul li')).toContainText(ALT);
});

test('a story needs alt text on its photo; once published, readers see the photo and no file carries GPS', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  await signIn(page);
  const soukId = Number(photoPage.split('/').pop());
  const text = 'تفاصيل\nمدد التجار ساعات العمل إلى ما بعد منتصف الليل.';
  await page.goto('/admin/articles/new');
  await fillEditor(page, {
    title: 'السوق القديم يستعد لرمضان بحركة غير معتادة',
    dek: 'تجار المدينة القديمة يمددون ساعات العمل مع اقتراب الشهر.',
    body: `${text}\n[صورة 999]`,
    category: 'مجتمع',
  });
  // A body photo that is not in the library: refused, and said under the body.
  await page.getByRole('button', { name: 'نشر', exact: true }).click();
  await expect(page.locator('#body-error')).toContainText('الصورة رقم 999');
  // The body's photo and gallery blocks name library photos by their numbers.
  await page.getByLabel('المتن').fill(`${text}\n[صورة 1]\nالسوق في الصباح.\n[معرض 1 ${soukId}]`);
  const picker = page.getByRole('group', { name: 'الصورة الرئيسية' });
  // The photo without alt text first: publishing is refused.
  await picker.getByRole('button', { name: 'بحث' }).click();
  const unusedId = unusedPage.split('/').pop()!;
  await picker.getByRole('button', { name: new RegExp(`#${unusedId} `) }).click();
  await expect(picker.locator('[data-role="chosen-photo"]')).toContainText(`#${unusedId}`);
  await page.getByRole('button', { name: 'نشر', exact: true }).click();
  await expect(picker).toContainText('بلا نص بديل: أضيفوا النص البديل قبل النشر');
  // The described one, found by a word of its alt text, and the story is published.
  await picker.getByLabel('بحث في مكتبة الصور').fill('سوق');
  await picker.getByRole('button', { name: 'بحث' }).click();
  await picker.getByRole('button', { name: new RegExp(ALT) }).click();
  await page.getByRole('button', { name: 'نشر', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=published/);
  articleId = Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);

  await page.goto(`/news/${articleId}`);
  const figure = page.locator('article figure').first();
  await expect(figure.locator('img')).toHaveAttribute('alt', ALT);
  await expect(figure.locator('figcaption')).toContainText(CAPTION);
  await expect(figure.locator('[data-role="credit"]')).toHaveText(CREDIT);
  const files = [
    (await figure.locator('img').getAttribute('src'))!,
    ...(await figure
      .locator('source')
      .evaluateAll((sources) =>
        sources.flatMap((s) =>
          (s.getAttribute('srcset') ?? '').split(', ').map((c) => c.split(' ')[0]!),
        ),
      )),
  ];
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(exifTags(await response.body()), file).toEqual({});
  }
  const og = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  expect(exifTags(await (await request.get(og)).body())).toEqual({});
  // Inside the body: the seed's photo in its own shape, then a gallery of two with their captions.
  const body = page.locator('[data-article-body]');
  await expect(body.locator(':scope > figure img')).toHaveAttribute('src', /-original-800\.jpg$/);
  await expect(body.locator(':scope > figure img')).toHaveAttribute('loading', 'lazy');
  const gallery = body.getByRole('region', { name: 'معرض صور' });
  await expect(gallery.locator('figure')).toHaveCount(2);
  await expect(gallery.locator('figure').nth(1).locator('img')).toHaveAttribute('alt', ALT);
  await expect(gallery.locator('figcaption').nth(1)).toContainText(CAPTION);
  await page.goto('/');
  await expect(page.locator('article[aria-labelledby="lead-story"] img')).toHaveAttribute(
    'alt',
    ALT,
  );
  // The library knows where each photo is used, the body's included.
  await page.goto('/admin/photos/1');
  await expect(page.getByRole('list', { name: 'المقالات التي تستعملها' })).toContainText(
    'السوق القديم يستعد لرمضان بحركة غير معتادة (داخل المتن)',
  );
});

test('an author gets a portrait from the library: their page, every byline and the JSON-LD show it', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page);
  await page.goto(`/news/${articleId}`);
  const byline = page.locator('a[rel="author"]');
  const name = (await byline.textContent())!;
  const authorHref = (await byline.getAttribute('href'))!;
  await expect(page.locator('[data-role="byline-portrait"]')).toHaveCount(0);

  await page.goto('/admin/authors');
  await page.getByRole('link', { name, exact: true }).click();
  const picker = page.getByRole('group', { name: 'صورة الكاتب' });
  // A portrait is public at once: the photo without alt text is refused now, not at publication.
  await picker.getByRole('button', { name: 'بحث' }).click();
  const unusedId = unusedPage.split('/').pop()!;
  await picker.getByRole('button', { name: new RegExp(`#${unusedId} `) }).click();
  await page.getByRole('button', { name: 'حفظ' }).click();
  await expect(picker).toContainText('الصورة بلا نص بديل');
  await picker.getByLabel('بحث في مكتبة الصور').fill('سوق');
  await picker.getByRole('button', { name: 'بحث' }).click();
  await picker.getByRole('button', { name: new RegExp(ALT) }).click();
  await page.getByLabel('نبذة').fill('مراسلة الشؤون الاجتماعية في الدار البيضاء.');
  await page.getByRole('button', { name: 'حفظ' }).click();
  await expect(page.getByRole('status')).toHaveText('حُفظت صفحة الكاتب.');

  // The next request of each page shows it: the author's tags expired their page and bylines.
  await page.goto(authorHref);
  await expect(page.locator('[data-role="portrait"] img')).toHaveAttribute('alt', ALT);
  await page.goto(`/news/${articleId}`);
  const portrait = page.locator('[data-role="byline-portrait"] img');
  // Beside the author's name it says nothing new: decorative for screen readers.
  await expect(portrait).toHaveAttribute('alt', '');
  await expect(portrait).toHaveAttribute('src', /-square-/);
  const nodes = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((text) => JSON.parse(text))
    .flatMap((ld) => [ld, ...(ld['@graph'] ?? [])]);
  const article = nodes.find((node) => node['@type'] === 'NewsArticle');
  const author = [article.author].flat()[0];
  expect(author.name).toBe(name);
  expect(author.image).toMatch(/^https?:\/\/.+-square-\d+\.jpg$/);
});

test('a photo in use cannot be deleted without saying where; an unused one goes with its files', async ({
  page,
  request,
}) => {
  await signIn(page);
  await page.goto(photoPage);
  await expect(page.getByRole('list', { name: 'المقالات التي تستعملها' })).toContainText(
    'السوق القديم يستعد لرمضان',
  );
  await page.getByLabel('أؤكد حذف هذه الصورة وملفاتها نهائياً').check();
  await page.getByRole('button', { name: 'حذف الصورة' }).click();
  const alert = page.getByRole('form', { name: 'حذف الصورة' }).getByRole('alert');
  await expect(alert).toContainText('لا يمكن حذف هذه الصورة لأنها مستعملة');
  await expect(alert.getByRole('link')).toHaveText('السوق القديم يستعد لرمضان بحركة غير معتادة');
  expect((await request.get(`/news/${articleId}`)).status()).toBeLessThan(400);

  await page.goto(unusedPage);
  const thumb = (await page.locator('img[data-crop="square"]').getAttribute('src'))!;
  expect((await request.get(thumb)).status()).toBe(200);
  await page.getByLabel('أؤكد حذف هذه الصورة وملفاتها نهائياً').check();
  await page.getByRole('button', { name: 'حذف الصورة' }).click();
  await expect(page).toHaveURL(/\/admin\/photos\?notice=deleted/);
  await expect(page.getByRole('status')).toHaveText('حُذفت الصورة.');
  expect((await request.get(thumb)).status()).toBe(404);
  expect((await page.goto(unusedPage))?.status()).toBe(404);
});
