import { random, syntheticProse } from './synthetic/corpus';
import { CITIES, LINKS } from './synthetic/words';

/**
 * A long rich story in the document format: about 3,000 words in sections with subheadings,
 * quotes with sources, a pull quote, bulleted and numbered lists, links (another site's and one
 * of ours), bold and italic, a fact box and an embed card. The words are the synthetic corpus's,
 * drawn at random (the seed holds one real story, too short to make 3,000 varied words); that
 * compresses to about 1.9 bytes a word with brotli against 3.0 for the seed's real prose, so
 * real long stories weigh somewhat more (docs/performance.md). The page-weight test
 * (e2e/admin-long-article.spec.ts) and `npm run lighthouse` publish it.
 */
export const LONG_ARTICLE = {
  title: 'تقرير مطول: كيف تغيّر الموانئ والطرق خريطة التجارة في المنطقة',
  dek: 'تحقيق في نحو ثلاثة آلاف كلمة عن الموانئ والطرق والاستثمار، بالأرقام والشهادات والوثائق.',
  words: 3_000,
} as const;

export function longArticleBody(linkedArticleId: number, seed = 2030): string {
  const { pick, phrase, sentence, paragraph: prose } = syntheticProse(random(seed));
  const paragraph = () => prose(3, 10, 8);

  const lines: string[] = [];
  let count = 0;
  const add = (line: string) => {
    lines.push(line);
    count += line.split(/\s+/).filter(Boolean).length;
  };
  for (let section = 1; count < LONG_ARTICLE.words; section++) {
    add(`## ${phrase()} ${pick(LINKS)} ${pick(CITIES)}`);
    add(
      `${sentence(12)} وبحسب [${phrase()}](https://example.com/report/${section}) فإن **${phrase()}** ${sentence(10)}`,
    );
    add(paragraph());
    if (section % 2 === 1) {
      add(`> ${sentence(16)}`);
      add(`> — ${phrase()}`);
    }
    if (section === 2) add(`>> ${sentence(10)}`);
    if (section === 3) {
      for (let i = 0; i < 4; i++) add(`- ${sentence(8)}`);
      add('');
    }
    if (section === 4) {
      for (let i = 1; i <= 3; i++) add(`${i}. ${sentence(8)}`);
      add('');
      add(`[مقال ${linkedArticleId}]`);
    }
    if (section === 5) {
      add(`[معلومات: ${phrase()}]`);
      add(sentence(12));
      add(`- ${sentence(6)}`);
      add(`- ${sentence(6)}`);
      add('[/معلومات]');
    }
    if (section === 6) add('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    add(`### ${phrase()}`);
    add(`${paragraph()} (*${phrase()}*)`);
    add(paragraph());
  }
  return lines.join('\n');
}
