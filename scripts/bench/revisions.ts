/**
 * Saving a long story that already has a long history: a 5,000-word article (title, dek, 40
 * paragraphs of synthetic Arabic prose and a quote) saved 50 times, each save a small edit of one
 * paragraph, then 100 more edits timed one by one through the same write the newsroom editor uses
 * (lib/publishing/write.ts with a revision: search index, tags, photos, revision, retention).
 * SQLite file in a temp folder, one process. Prints p50/p95/max, the same edits without a revision, and the bytes the history takes.
 *   npm run bench:revisions
 */
import { performance } from 'node:perf_hooks';
import { countWords } from '../../lib/articles/reading-time';
import type { Block } from '../../lib/articles/blocks';
import { textsOf } from '../../lib/articles/blocks';
import { saveArticle, type ArticleInput } from '../../lib/publishing/write';
import { createTempDatabase } from '../../tests/helpers/temp-db';
import { random, syntheticProse } from './synthetic/corpus';

const WORDS = 5_000;
const HISTORY = 50;
const TIMED = 100;

function longBody(rand: () => number): Block[] {
  const { paragraph, sentence } = syntheticProse(rand);
  const blocks: Block[] = [];
  while (countWords(textsOf(blocks)) < WORDS) {
    if (blocks.length % 10 === 5) blocks.push({ type: 'heading', level: 2, text: sentence(5) });
    else if (blocks.length % 10 === 8)
      blocks.push({ type: 'quote', paragraphs: [[{ text: sentence(20) }]], source: 'مصدر' });
    else blocks.push({ type: 'paragraph', content: [{ text: paragraph(4, 22, 12) }] });
  }
  return blocks;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function main() {
  const rand = random(20261203);
  const db = await createTempDatabase();
  try {
    await db.prisma.category.create({ data: { slug: 'اقتصاد', name: 'اقتصاد' } });
    const blocks = longBody(rand);
    const { paragraph } = syntheticProse(rand);
    const input = (body: Block[]): ArticleInput => ({
      sourceKey: null,
      title: 'تقرير طويل عن الاقتصاد المغربي',
      slug: 'تقرير-طويل',
      dek: 'تمهيد التقرير الطويل.',
      blocks: body,
      outlet: 'هومبريس',
      authorName: 'محررة الاقتصاد',
      categorySlug: 'اقتصاد',
      tagNames: ['اقتصاد', 'تقارير'],
      status: 'published',
      publishedAt: new Date(Date.now() - 3600_000),
    });
    const by = { actor: { id: null, name: 'bench' } };
    const created = await saveArticle(db.prisma, input(blocks), undefined, undefined, by);
    const id = created.id;
    const edit = async (keep = true) => {
      // One paragraph rewritten at about the same length: what a copy editor's save usually is.
      const paragraphs = blocks.filter((b) => b.type === 'paragraph');
      const block = paragraphs[Math.floor(rand() * paragraphs.length)]!;
      block.content = [{ text: paragraph(4, 22, 12) }];
      const { updatedAt } = await db.prisma.article.findUniqueOrThrow({
        where: { id },
        select: { updatedAt: true },
      });
      const started = performance.now();
      const result = await saveArticle(
        db.prisma,
        input(structuredClone(blocks)),
        { id, expectedUpdatedAt: updatedAt.toISOString() },
        undefined,
        keep ? by : undefined,
      );
      const ms = performance.now() - started;
      if (result.outcome !== 'updated') throw new Error(`save ${result.outcome}`);
      return ms;
    };
    for (let i = 1; i < HISTORY; i++) await edit();
    const times: number[] = [];
    for (let i = 0; i < TIMED; i++) times.push(await edit());
    times.sort((a, b) => a - b);
    // The same edits without keeping a revision: what the history itself costs a save.
    const bare: number[] = [];
    for (let i = 0; i < TIMED; i++) bare.push(await edit(false));
    bare.sort((a, b) => a - b);
    const history = await db.prisma.articleRevision.aggregate({
      where: { articleId: id },
      _count: true,
      _sum: { bytes: true },
      _max: { bytes: true },
    });
    const article = await db.prisma.article.findUniqueOrThrow({ where: { id } });
    const bodyBytes = Buffer.byteLength(JSON.stringify(article.body));
    const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(
      `article: ${article.wordCount} words, body JSON ${(bodyBytes / 1024).toFixed(1)} KB`,
    );
    console.log(
      `saves with ${HISTORY}..${HISTORY + TIMED} revisions (${TIMED} timed): p50 ${fmt(quantile(times, 0.5))}, p95 ${fmt(quantile(times, 0.95))}, max ${fmt(times.at(-1)!)}`,
    );
    console.log(
      `the same saves keeping no revision: p50 ${fmt(quantile(bare, 0.5))}, p95 ${fmt(quantile(bare, 0.95))}`,
    );
    console.log(
      `history: ${history._count} revisions, ${((history._sum.bytes ?? 0) / 1024).toFixed(0)} KB stored (largest ${((history._max.bytes ?? 0) / 1024).toFixed(1)} KB, ${(((history._sum.bytes ?? 0) / history._count / bodyBytes) * 100).toFixed(0)} % of the body each)`,
    );
  } finally {
    await db.prisma.$disconnect();
    db.cleanup();
  }
}

void main();
