import type { Page } from '@playwright/test';
import { KB } from '../budgets';

export type Totals = Record<
  'document' | 'script' | 'font' | 'stylesheet' | 'image' | 'other',
  number
> & {
  total: number;
};

/** Sums encodedDataLength (bytes on the wire) of every response, by resource type, via CDP. */
export async function transferred(page: Page, path: string): Promise<Totals> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, string>();
  const totals: Totals = {
    document: 0,
    script: 0,
    font: 0,
    stylesheet: 0,
    image: 0,
    other: 0,
    total: 0,
  };
  const urls = new Map<string, string>();
  const files: string[] = [];
  cdp.on('Network.responseReceived', (e) => {
    types.set(e.requestId, e.type.toLowerCase());
    urls.set(e.requestId, e.response.url);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const type = (types.get(e.requestId) ?? 'other') as keyof Totals;
    const key = type in totals && type !== 'total' ? type : 'other';
    totals[key] += e.encodedDataLength;
    if (key === 'image' && e.encodedDataLength > 0)
      files.push(
        `${urls.get(e.requestId)?.split('/').pop()} ${(e.encodedDataLength / KB).toFixed(1)} KB`,
      );
    totals.total += e.encodedDataLength;
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  if (files.length) console.log(`images of ${path}: ${files.join(', ')}`);
  return totals;
}

export const formatTotals = (t: Totals) =>
  Object.entries(t)
    .map(([k, v]) => `${k} ${(v / KB).toFixed(1)} KB`)
    .join(', ');
