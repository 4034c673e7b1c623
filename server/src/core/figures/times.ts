/**
 * Times of day: "8:15 pm", "20:57 BST", "10am", "3 p.m.", "10 o'clock", "1400 GMT",
 * "08.30 local time". A time is kind 'time', its value the minutes since midnight; a
 * clock time written without am/pm or a 24-hour sign ("8:15") is read as ambiguous
 * (`unit` 'clock12': 8:15 or 20:15), and a named time zone is kept in `rawUnit`.
 */
import type { Figure } from './types.ts';
import { matchAt } from './units.ts';
import { followsName } from './context.ts';

/** Minutes in half a day: an ambiguous clock time may mean either half. */
export const HALF_DAY = 720;

const MERIDIEM = String.raw`(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}\d])`;
const ZONE = String.raw`(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|HKT|SGT|AEST|AEDT)(?![\p{L}\d])`;
/** "8:15", "20:57", "8.15" (the dot form only with am/pm or a zone), then am/pm and a zone. */
const CLOCK = new RegExp(String.raw`(\d{1,2})([:.])([0-5]\d)(?![\d.,:]\d|\d)(?:\s?(${MERIDIEM}))?(?:\s(${ZONE}|local\stime))?`, 'yiu');
/** "10am", "3 p.m.", "10 o'clock", then a zone. */
const HOUR = new RegExp(String.raw`(\d{1,2})\s?(${MERIDIEM}|o['\u2019]clock(?![\p{L}\d]))(?:\s(${ZONE}|local\stime))?`, 'yiu');
/** "1400 GMT", "0930 hrs", "1400 local time": the wire's 24-hour time. */
const WIRE = new RegExp(String.raw`([01]\d|2[0-3])([0-5]\d)\s(?:(?:hrs|hours)(?:\s(${ZONE}))?|(${ZONE})|local\stime)(?![\p{L}\d])`, 'yiu');

/** The zone as written, canonical ("local time" and none are undefined: comparable with any). */
const zoneOf = (z: string | undefined): string | undefined => (z && !/^local/i.test(z) ? z.toUpperCase() : undefined);

/** Minutes since midnight of an hour on a 12-hour clock with its am/pm. */
function twelveHour(hour: number, minute: number, meridiem: string): number {
  const pm = meridiem.toLowerCase().startsWith('p');
  return ((hour % 12) + (pm ? 12 : 0)) * 60 + minute;
}

function timeFigure(text: string, pos: number, length: number, value: number, zone: string | undefined, ambiguous: boolean): Figure {
  const end = pos + length;
  const f: Figure = { start: pos, end, text: text.slice(pos, end), kind: 'time', value };
  if (ambiguous) f.unit = 'clock12';
  const z = zoneOf(zone);
  if (z) f.rawUnit = z;
  return f;
}

/** "8:15 pm", "20:57 BST", "8:15": a clock time. */
function readClock(text: string, pos: number): Figure | undefined {
  const m = matchAt(CLOCK, text, pos);
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[3]);
  const [meridiem, zone] = [m[4], m[5]];
  if (meridiem) return hour >= 1 && hour <= 12 ? timeFigure(text, pos, m[0].length, twelveHour(hour, minute, meridiem), zone, false) : undefined;
  // "8.15" alone is a decimal; "3:16" after a name is a reference ("John 3:16").
  if (hour > 23 || (m[2] === '.' && !zone) || (!zone && followsName(text, pos))) return undefined;
  const twentyFour = hour === 0 || hour > 12 || m[1].length === 2 && m[1][0] === '0';
  return timeFigure(text, pos, m[0].length, hour * 60 + minute, zone, !twentyFour);
}

/** "10am", "3 p.m.", "ten o'clock" (digits only). */
function readHour(text: string, pos: number): Figure | undefined {
  const m = matchAt(HOUR, text, pos);
  if (!m) return undefined;
  const hour = Number(m[1]);
  if (hour < 1 || hour > 12) return undefined;
  const clock = /^o/i.test(m[2]);
  return timeFigure(text, pos, m[0].length, clock ? hour * 60 : twelveHour(hour, 0, m[2]), m[3], clock);
}

/** "1400 GMT", "0930 hrs". */
function readWire(text: string, pos: number): Figure | undefined {
  const m = matchAt(WIRE, text, pos);
  return m ? timeFigure(text, pos, m[0].length, Number(m[1]) * 60 + Number(m[2]), m[3] ?? m[4], false) : undefined;
}

/** A time of day at `pos` (a digit), or undefined. */
export function readTime(text: string, pos: number): Figure | undefined {
  const before = text[pos - 1];
  if (before !== undefined && /[\d.,:]/.test(before)) return undefined;
  return readClock(text, pos) ?? readHour(text, pos) ?? readWire(text, pos);
}

/** Minutes two times of day are apart, around the clock (an ambiguous clock time taken in its nearer half). */
export function minutesApart(a: Figure, b: Figure): number {
  const ambiguous = a.unit === 'clock12' || b.unit === 'clock12';
  const period = ambiguous ? HALF_DAY : 2 * HALF_DAY;
  const d = Math.abs(a.value - b.value) % period;
  return Math.min(d, period - d);
}
