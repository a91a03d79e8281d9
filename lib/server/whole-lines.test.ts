import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wholeLines } from './whole-lines';

async function through(chunks: string[]): Promise<string[]> {
  const lines = wholeLines();
  const out: string[] = [];
  lines.on('data', (piece: Buffer | string) => out.push(piece.toString()));
  const ended = new Promise((resolve) => lines.on('end', resolve));
  for (const chunk of chunks) lines.write(chunk);
  lines.end();
  await ended;
  return out;
}

test('a line cut across writes comes out whole, in one piece', async () => {
  const out = await through(['{"a":', '1}\n{"b"', ':2}\n{"c":3}']);
  assert.deepEqual(out, ['{"a":1}\n', '{"b":2}\n', '{"c":3}\n']);
  assert.ok(out.every((piece) => piece.endsWith('\n')));
});

test('several lines in one write stay one piece', async () => {
  assert.deepEqual(await through(['x\ny\nz\n']), ['x\ny\nz\n']);
});
