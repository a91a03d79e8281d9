import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { embedPlayerOrigin, embedPlayerUrl, recognizeEmbed } from './embeds';

describe('recognizeEmbed', () => {
  it('knows the share URLs of each provider', () => {
    const cases: [string, string, string][] = [
      ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3', 'youtube', 'dQw4w9WgXcQ'],
      ['https://youtu.be/dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
      ['https://m.youtube.com/shorts/dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
      ['https://x.com/someone/status/1799999999999999999', 'x', '1799999999999999999'],
      ['https://twitter.com/someone/status/123456', 'x', '123456'],
      ['https://www.instagram.com/p/C8abc_123/', 'instagram', 'C8abc_123'],
      ['https://www.tiktok.com/@user/video/7312345678901234567', 'tiktok', '7312345678901234567'],
      ['https://www.facebook.com/page.name/posts/12345', 'facebook', 'page.name/posts/12345'],
      ['https://t.me/hespress/98765', 'telegram', 'hespress/98765'],
    ];
    for (const [url, provider, id] of cases)
      assert.deepEqual(recognizeEmbed(url), { provider, id }, url);
  });
  it('leaves unknown sites, malformed ids and other schemes as plain links', () => {
    for (const url of [
      'https://example.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=short',
      'https://youtu.be/dQw4w9WgXcQ"><script>',
      'https://x.com/someone',
      'javascript:alert(1)',
      'https://evil.example/youtu.be/dQw4w9WgXcQ',
    ])
      assert.equal(recognizeEmbed(url), null, url);
  });
});

describe('players', () => {
  it('are built from the id alone, on the provider origin', () => {
    assert.equal(
      embedPlayerUrl('youtube', 'dQw4w9WgXcQ'),
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    assert.equal(embedPlayerOrigin('youtube'), 'https://www.youtube-nocookie.com');
    assert.equal(embedPlayerOrigin('x'), 'https://platform.twitter.com');
    assert.match(
      embedPlayerUrl('facebook', 'page/videos/1'),
      /^https:\/\/www\.facebook\.com\/plugins\/video\.php\?href=https%3A%2F%2F/,
    );
  });
});
