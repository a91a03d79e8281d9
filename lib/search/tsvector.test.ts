import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery } from './query';
import {
  MAX_POSITION,
  MAX_POSITIONS_PER_LEXEME,
  tsqueryLiteral,
  tsvectorLiteral,
} from './tsvector';

describe('tsvector literal', () => {
  it('lists each word once with all its positions, counting across columns with a gap', () => {
    assert.equal(
      tsvectorLiteral(['حموشي يستقبل حموشي', 'اسبانيا']),
      "'حموشي':1,3 'يستقبل':2 'اسبانيا':14",
    );
  });

  it('escapes quotes and backslashes, skips empty words', () => {
    assert.equal(tsvectorLiteral(["a'b  c\\d"]), "'a''b':1 'c\\\\d':2");
  });

  it('keeps within PostgreSQL limits (position 16,383, 256 positions a word)', () => {
    const many = Array.from({ length: 20_000 }, () => 'كلمة').join(' ');
    const literal = tsvectorLiteral([many]);
    const positions = literal.split(':')[1]!.split(',').map(Number);
    assert.equal(positions.length, MAX_POSITIONS_PER_LEXEME);
    const tail = Array.from({ length: 17_000 }, (_, i) => `w${i}`).join(' ');
    assert.match(tsvectorLiteral([tail]), new RegExp(`'w16999':${MAX_POSITION}$`));
  });
});

describe('tsquery literal', () => {
  it('ands the words, chains phrases with <-> and marks the typed word as a prefix', () => {
    assert.equal(
      tsqueryLiteral(parseQuery('حموشي "كأس العالم" الاستعلا')),
      "'حموش' & ('كاس' <-> 'عالم') & 'استعلا':*",
    );
  });

  it('is null for an empty query, and never passes operators through', () => {
    assert.equal(tsqueryLiteral(parseQuery('   ')), null);
    const literal = tsqueryLiteral(parseQuery("حموشي | !طوكيو & ' <-> x:*")) ?? '';
    assert.doesNotMatch(literal.replace(/'[^']*'/g, ''), /[|!]|<->/);
  });
});
