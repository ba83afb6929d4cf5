/**
 * One vocabulary for every figure (docs/api.md, "One vocabulary"): the word people read, its
 * short definition, and the names it goes by in JSON and CSV. The API's schema descriptions, the
 * dashboard's labels and definitions, the CLI's stats and the docs all take their words from here,
 * and a test (test/docs/glossary.test.ts) checks that they do.
 */
export const GLOSSARY = {
  clicks: {
    label: 'Clicks',
    definition: 'Every recorded visit to a short link: human clicks plus bots.',
  },
  humanClicks: {
    label: 'Human clicks',
    definition: 'Clicks by people, repeats included; bots and link previews are not in it.',
  },
  bots: {
    label: 'Bots',
    definition: 'Recorded bot and link-preview hits; they never fire pixels.',
  },
  uniqueVisitors: {
    label: 'Unique visitors',
    definition: 'Distinct people: a visitor who comes back counts once.',
  },
  audience: {
    label: 'Audience',
    definition: 'Distinct visitors whose hit for a pixel was confirmed: the people the platform can add to a retargeting audience.',
  },
  yield: {
    label: 'Pixel yield',
    definition: 'Confirmed pixel hits divided by pixels fired: the share of hits the page saw leave the browser.',
  },
} as const;

export type GlossaryTerm = keyof typeof GLOSSARY;
