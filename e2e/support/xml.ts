import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const xsdDir = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'xsd');

/** Validates XML with xmllint; throws with xmllint's message when invalid. */
export function validateXml(
  xml: string,
  schema?: 'sitemap.xsd' | 'siteindex.xsd' | 'news-sitemap-check.xsd' | 'image-sitemap-check.xsd',
): void {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'e2e-xml-')), 'doc.xml');
  writeFileSync(file, xml);
  const args = schema
    ? ['--noout', '--schema', path.join(xsdDir, schema), file]
    : ['--noout', file];
  try {
    execFileSync('xmllint', args, { stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      `xmllint ${schema ?? '(well-formed)'}: ${(error as { stderr?: Buffer }).stderr?.toString() ?? error}`,
    );
  }
}

export function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}
