// Terms for text similarity: lower-cased words, stop words and words every report uses dropped,
// the rest stemmed (Porter, from the `stemmer` package) so "plans" meets "plan".
import { stemmer } from 'stemmer';

const STOP = new Set(
  `a about above after again against all also although am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her here
hers him his how i if in into is it its itself just more most no nor not of off on once only or other our out over own
same she should so some such than that the their them then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your yet there's it's they're however
further while many most some such still already`.split(/\s+/),
);
// Words in almost every finding of every report: they say nothing about which matter is meant.
const EVERYWHERE = new Set(['children', 'child', 'young', 'people', 'family', 'families', 'service', 'services', 'local', 'authority', 'report', 'inspection', 'inspectors', 'ofsted', 'practice', 'work', 'workers', 'social', 'need', 'needs', 'made', 'make', 'makes', 'making']);

// Reports use a few thousand words, each many times: each word is stemmed once (a bound keeps
// the memory small whatever text comes).
const STEMS = new Map<string, string>();
const MAX_STEMS = 20_000;

function stem(word: string): string {
  let found = STEMS.get(word);
  if (found === undefined) {
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    found = stemmer(word);
    STEMS.set(word, found);
  }
  return found;
}

export function terms(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'’-]*[a-z]|[a-z]/g) ?? [])
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w.length > 2 && !STOP.has(w) && !EVERYWHERE.has(w))
    .map(stem);
}
