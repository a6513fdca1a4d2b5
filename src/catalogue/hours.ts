/**
 * Opening hours: "is it open now?" in Czech local time, Czech public holidays included.
 */
import { WEEKDAYS, type Weekday } from './constants.js';
import type { Schedule } from './schema.js';

const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;

/** A moment as the clock on a wall in Czechia shows it. */
export interface PragueTime {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  minutes: number;
}

// Czech time by the EU's rule, not by Intl.DateTimeFormat with a time zone: the first such
// formatter loads the zone's data, a task of ≈ 75 ms in Chromium on a quiet machine, on every page
// before its first results. UTC+1, and UTC+2 from 01:00 UTC on the last Sunday of March to 01:00
// UTC on the last Sunday of October (Directive 2000/84/EC; the test checks it against the time-zone
// database over years). Should the EU end the clock change, this is the one place to change.
const HOUR_MS = 3_600_000;

/** 01:00 UTC on the last Sunday of `month` (0 = January). */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * 24 * HOUR_MS + HOUR_MS;
}

/** Minutes Czech time is ahead of UTC at `date`. */
function pragueOffsetMinutes(date: Date): number {
  const year = date.getUTCFullYear();
  const at = date.getTime();
  return at >= lastSundayOneUtc(year, 2) && at < lastSundayOneUtc(year, 9) ? 120 : 60;
}

export function pragueTime(date: Date): PragueTime {
  const local = new Date(date.getTime() + pragueOffsetMinutes(date) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: (local.getUTCDay() + 6) % 7,
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** Easter Sunday (Gregorian), by the anonymous algorithm. */
function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

const FIXED_HOLIDAYS = ['1-1', '5-1', '5-8', '7-5', '7-6', '9-28', '10-28', '11-17', '12-24', '12-25', '12-26'];

/** Czech public holidays (státní svátky and ostatní svátky), Good Friday and Easter Monday included. */
export function isCzechPublicHoliday(year: number, month: number, day: number): boolean {
  if (FIXED_HOLIDAYS.includes(`${month}-${day}`)) return true;
  const easter = easterSunday(year);
  const easterDate = Date.UTC(year, easter.month - 1, easter.day);
  const date = Date.UTC(year, month - 1, day);
  const offset = Math.round((date - easterDate) / 86_400_000);
  return offset === -2 || offset === 1;
}

/** A schedule compiled to minutes of the week, Monday 00:00 = 0. */
export interface CompiledSchedule {
  alwaysOpen: boolean;
  openOnPublicHolidays: boolean;
  /** Pairs [start, end) in week minutes; an end past the week wraps to its start. */
  intervals: number[];
}

// "HH:MM" as validated (TIME_PATTERN), read digit by digit: a national catalogue has 100,000 of them.
const digit = (time: string, at: number) => time.charCodeAt(at) - 48;
const toMinutes = (time: string) => (digit(time, 0) * 10 + digit(time, 1)) * 60 + digit(time, 3) * 10 + digit(time, 4);

const DAY_INDEX = new Map<string, number>(WEEKDAYS.map((day, index) => [day, index]));

export function compileSchedule(schedule: Schedule | undefined): CompiledSchedule | undefined {
  if (!schedule) return undefined;
  if (!schedule.alwaysOpen && !schedule.hours?.length) return undefined;
  const intervals: number[] = [];
  for (const range of schedule.hours ?? []) {
    const opens = toMinutes(range.opens);
    let closes = toMinutes(range.closes);
    if (closes <= opens) closes += DAY_MINUTES;
    for (const day of range.days) {
      const start = DAY_INDEX.get(day)! * DAY_MINUTES + opens;
      intervals.push(start, start + closes - opens);
    }
  }
  return {
    alwaysOpen: schedule.alwaysOpen === true,
    openOnPublicHolidays: schedule.openOnPublicHolidays === true,
    intervals,
  };
}

/** Open at that moment? undefined when the catalogue does not say. */
export function isOpenAt(compiled: CompiledSchedule | undefined, time: PragueTime): boolean | undefined {
  return isOpenAtMinute(compiled, weekMinute(time), isCzechPublicHoliday(time.year, time.month, time.day));
}

/** Minutes since Monday 00:00. */
export const weekMinute = (time: PragueTime) => time.weekday * DAY_MINUTES + time.minutes;

/** isOpenAt, for callers that check many schedules at one moment and work the moment out once. */
export function isOpenAtMinute(
  compiled: CompiledSchedule | undefined,
  minute: number,
  publicHoliday: boolean,
): boolean | undefined {
  if (!compiled) return undefined;
  if (compiled.alwaysOpen) return true;
  if (publicHoliday && !compiled.openOnPublicHolidays) return false;
  const { intervals } = compiled;
  for (let i = 0; i < intervals.length; i += 2) {
    const start = intervals[i];
    const end = intervals[i + 1];
    if ((minute >= start && minute < end) || (minute + WEEK_MINUTES >= start && minute + WEEK_MINUTES < end))
      return true;
  }
  return false;
}

/** The opening ranges of one weekday, e.g. [{opens: '08:00', closes: '12:00'}, …], sorted. */
export function hoursOn(schedule: Schedule | undefined, weekday: Weekday): { opens: string; closes: string }[] {
  return (
    (schedule?.hours ?? [])
      .filter((range) => range.days.includes(weekday))
      .map(({ opens, closes }) => ({ opens, closes }))
      // HH:MM, zero-padded: in the order of their characters. (localeCompare made the browser's
      // collator the first time, ≈ 10 ms of the first render of cards with opening hours.)
      .sort((a, b) => (a.opens < b.opens ? -1 : a.opens > b.opens ? 1 : 0))
  );
}
