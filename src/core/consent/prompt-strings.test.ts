import { describe, expect, it } from 'vitest';
import { PROMPT_LANGUAGES, PROMPT_STRINGS, promptLanguage } from './prompt-strings.js';

describe('consent prompt languages (issue 22)', () => {
  it.each([
    [null, 'de-CH,de;q=0.9,en;q=0.8', 'de'],
    [null, 'ja,fr;q=0.5,de;q=0.7', 'de'],
    [null, 'pt-BR', 'pt'],
    [null, 'xx, yy;q=0.3', 'en'],
    [null, undefined, 'en'],
    [null, 'de;q=0, fr', 'fr'],
    ['it', 'de', 'it'],
    ['xx', 'nl', 'nl'],
  ] as const)('fixed %s, Accept-Language %s → %s', (fixed, header, lang) => {
    expect(promptLanguage(fixed, header)).toBe(lang);
  });

  it('every language has every text, names the platforms, and keeps Accept and Decline apart', () => {
    for (const lang of PROMPT_LANGUAGES) {
      const s = PROMPT_STRINGS[lang];
      expect(Object.keys(s).sort()).toEqual(Object.keys(PROMPT_STRINGS.en).sort());
      expect(s.body, lang).toContain('{platforms}');
      expect(s.accept).not.toBe(s.decline);
    }
  });
});
