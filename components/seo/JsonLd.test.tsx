import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { JsonLd, serializeJsonLd } from './JsonLd';

describe('JsonLd', () => {
  const hostile = {
    '@type': 'NewsArticle',
    headline: '</script><script>alert(1)</script> & \u2028',
  };

  it('never lets content close the script element', () => {
    const html = renderToStaticMarkup(<JsonLd data={hostile} />);
    assert.equal(html.match(/<\/script>/g)?.length, 1);
    assert.doesNotMatch(html, /<script>alert/);
  });

  it('still parses back to the same data', () => {
    assert.deepEqual(JSON.parse(serializeJsonLd(hostile)), hostile);
  });
});
