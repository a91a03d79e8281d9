import type { JsonLdObject } from '@/lib/seo/structured-data';

/**
 * Serialises structured data into a JSON-LD script. `<` is written as \u003c (and the JavaScript
 * line terminators as escapes) so no text from an article can close the script element.
 */
export function serializeJsonLd(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function JsonLd({ data }: { data: JsonLdObject | JsonLdObject[] }) {
  // The only dangerouslySetInnerHTML in the project: the JSON-LD payload, escaped above.
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
