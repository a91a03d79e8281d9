import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { IsolatedText } from './IsolatedText';

const render = (text: string) => renderToStaticMarkup(<IsolatedText text={text} />);

describe('IsolatedText', () => {
  it('isolates Latin runs and numbers inside Arabic text', () => {
    assert.equal(
      render('صرّح Jean-Pierre Martin، في 2030.'),
      'صرّح <bdi>Jean-Pierre Martin</bdi>، في <bdi>2030</bdi>.',
    );
  });
  it('leaves pure Arabic text alone', () => {
    assert.equal(render('أهمية الزيارة'), 'أهمية الزيارة');
  });
  it('escapes markup', () => {
    assert.equal(
      render('<script>x</script>'),
      '&lt;<bdi>script</bdi>&gt;<bdi>x</bdi>&lt;/<bdi>script</bdi>&gt;',
    );
  });
});
