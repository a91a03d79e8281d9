const rules = new Intl.PluralRules('ar');

export type ArabicNounForms = {
  one: string;
  two: string;
  /** 3–10 */
  few: string;
  /** 11–99 and the rest */
  many: string;
};

/** «دقيقة واحدة», «دقيقتان», «3 دقائق», «11 دقيقة»: Arabic counts agree with the number. */
export function countNoun(count: number, forms: ArabicNounForms): string {
  switch (rules.select(count)) {
    case 'one':
      return forms.one;
    case 'two':
      return forms.two;
    case 'few':
      return `${count} ${forms.few}`;
    default:
      return `${count} ${forms.many}`;
  }
}
