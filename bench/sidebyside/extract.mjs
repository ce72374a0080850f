// extract.mjs: read one of our records (`minutes extract --compact DOC`) on
// stdin and print a record of the same shape whose figures come from
// compromise and whose dates come from chrono-node. text, meeting, source and
// schema_version are kept from our record; attendees, items, decisions and
// commitments are empty. See README.md for the mapping and its doubts.
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import nlp from 'compromise';

const ours = JSON.parse(readFileSync(0, 'utf8'));
const text = ours.text;

// Spans are in code points (CONTRACT.md); JS string indexes are UTF-16 code
// units. cp[i] is the code point offset of UTF-16 index i.
const cp = new Int32Array(text.length + 1);
for (let i = 0, n = 0; i <= text.length; i++) {
  cp[i] = n;
  const c = text.charCodeAt(i);
  if (!(c >= 0xd800 && c <= 0xdbff)) n++; // a high surrogate and its pair count once
}
const span = (s, e) => ({ start: cp[s], end: cp[e] });

// ---- dates: chrono.parse with our meeting date as the reference date ----

// chrono marks expressions it computed from the reference date ("now",
// "today", "last week", "in five years", "Five Year Forward" read as five
// years on) with these tags. ANNOTATION.md does not count relative
// expressions as dates, so dropping them helps chrono.
const relative = r => [...r.tags()].some(t => t === 'result/relativeDate' || t.startsWith('casualReference/'));

// The meeting date is the fair reference for years the text leaves out. Noon
// local time keeps it clear of time-zone edges. Where our record has no
// meeting date, chrono's own default (now) would put "22 January" in the
// wrong decade, so the reference is the first date chrono finds with a
// written year (the document's own date, usually), else now.
const md = ours.meeting && ours.meeting.date;
let ref = md ? new Date(+md.slice(0, 4), +md.slice(5, 7) - 1, +md.slice(8, 10), 12) : null;
if (!ref) {
  const r = chrono.parse(text).find(r => r.start.isCertain('year') && !relative(r));
  ref = r ? r.start.date() : new Date();
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const ymd = (y, m, d) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// The finest grain chrono is certain of. A certain month or day uses chrono's
// implied year (from the reference date) when the year is not written.
function grainOf(c) {
  if (c.isCertain('day')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null; // bare times ("9:30 AM"), weekdays alone: skipped
}
// First and last day of what component c names at grain g. Components are
// read with get(), not date(), so no time-zone shift can move the day.
function bounds(c, g) {
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  if (g === 'day') return [ymd(y, m, d), ymd(y, m, d)];
  if (g === 'month') return [ymd(y, m, 1), ymd(y, m, lastDay(y, m))];
  return [ymd(y, 1, 1), ymd(y, 12, 31)];
}

const dates = [];
for (const r of chrono.parse(text, ref)) {
  const g = grainOf(r.start);
  if (!g || relative(r)) continue;
  const [start, endOfStart] = bounds(r.start, g);
  // A range ("April 2019 – March 2020") runs to the end of its end component.
  const eg = r.end && grainOf(r.end);
  const end = eg ? bounds(r.end, eg)[1] : endOfStart;
  dates.push({ text: r.text, start, end, grain: g, item: null, span: span(r.index, r.index + r.text.length) });
}

// ---- figures: compromise's numbers(), classified by compromise's own tags ----

// Currency names as compromise reports them (a symbol from its currency table,
// or the #Currency noun after the number), spelled as the contract and the
// gold spell units.
const CURRENCY = { '£': 'GBP', gbp: 'GBP', pound: 'GBP', sterling: 'GBP', '$': 'USD', usd: 'USD', dollar: 'USD',
  '€': 'EUR', eur: 'EUR', euro: 'EUR' };
// Time units as the gold writes them (singular; the scorer also drops a final s).
const TIME = new Set(['minute', 'hour', 'day', 'week', 'month', 'year']);
// compromise leaves a written multiplier in the suffix ("£1.2bn" is num 1.2,
// suffix "bn"); applying it is reading its output, not adding a rule of ours.
const MULT = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9 };

const singular = w => w.toLowerCase().replace(/s$/, '');
const figures = [];
const doc = nlp(text);
const terms = doc.json({ offset: true }).flatMap(s => s.terms); // every term, for what follows a number
const byIndex = new Map(terms.map(t => [t.offset.index, t]));

for (const m of doc.numbers().json({ offset: true })) {
  const ts = m.terms.filter(t => t.offset.length > 0); // drop the empty half of a split "5-0"
  if (!ts.length || !Number.isFinite(m.number.num)) continue; // "a year": no number; "$237,962.15": NaN
  const tags = new Set(ts.flatMap(t => t.tags));
  // Numbers compromise itself tags as part of a date or time, and ordinals
  // ("1st", "the first meeting"), are not quantities: skipping them helps it.
  if (tags.has('Date') || tags.has('Time') || tags.has('Ordinal')) continue;
  const first = ts[0], last = ts[ts.length - 1];
  let end = last.offset.start + last.offset.length;
  const next = byIndex.get(last.offset.index + 1);
  const nextWord = next && next.text ? next.text : '';
  const { prefix, suffix, unit } = m.number;
  const value = m.number.num * (MULT[suffix.toLowerCase()] || 1);
  let kind = 'count', u = null;

  // As compromise's own money parser does, look for a currency symbol anywhere
  // in the match ("1361 £4,400.64" is one match: cheque number and amount).
  const symbol = Object.keys(CURRENCY).find(k => k.length === 1 && (prefix + ts.map(t => t.text).join(' ')).includes(k));
  const word = next && next.tags.includes('Currency') ? singular(nextWord) : '';
  if (tags.has('Percent')) {
    kind = 'percent'; u = '%';
    if (unit === 'percent' && next) end = next.offset.start + next.offset.length; // "30 percent"
  } else if (tags.has('Money') || symbol || CURRENCY[word]) {
    kind = 'money'; u = CURRENCY[symbol] || CURRENCY[word] || null;
    if (!symbol && CURRENCY[word]) end = next.offset.start + next.offset.length; // "5 dollars"
  } else if (next && next.tags.includes('Duration') && TIME.has(singular(nextWord))) {
    // A number followed by a unit of time is a duration; as in the gold, the
    // text takes the unit in ("ten weeks", "90-day") and the value is the number.
    kind = 'duration'; u = singular(nextWord);
    end = next.offset.start + next.offset.length;
  } else {
    // A count; its unit is compromise's parsed unit, else the next word when
    // compromise tags it a noun (the scorer does not compare count units).
    u = unit || (next && next.tags.includes('Noun') ? nextWord : null);
  }
  const s = first.offset.start;
  figures.push({ kind, text: text.slice(s, end), value, unit: u, approximate: false, bound: null, item: null, span: span(s, end) });
}

// warnings is ours too but the schema requires it: empty, like the lists.
const out = { schema_version: ours.schema_version, source: ours.source, text, meeting: ours.meeting,
  attendees: [], items: [], decisions: [], figures, dates, commitments: [], warnings: [] };
process.stdout.write(JSON.stringify(out) + '\n');
