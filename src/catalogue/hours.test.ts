import { expect } from '@open-wc/testing';
import { compileSchedule, hoursOn, isCzechPublicHoliday, isOpenAt, pragueTime } from './hours.js';

describe('opening hours', () => {
  it('reads the time as a Czech wall clock shows it, summer time included', () => {
    expect(pragueTime(new Date('2026-07-15T06:30:00Z'))).to.deep.equal({
      year: 2026,
      month: 7,
      day: 15,
      weekday: 2,
      minutes: 8 * 60 + 30,
    });
    expect(pragueTime(new Date('2026-11-22T23:30:00Z')).weekday).to.equal(0);
  });

  it('agrees with the time-zone database every hour of 2024–2030, each clock change included', () => {
    const wall = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Prague',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    const expected = (date: Date) => {
      const parts: Record<string, string> = {};
      for (const part of wall.formatToParts(date)) parts[part.type] = part.value;
      return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        weekday: weekdays.indexOf(parts.weekday),
        minutes: Number(parts.hour) * 60 + Number(parts.minute),
      };
    };
    const mismatches: string[] = [];
    // Every hour, plus the minutes around each change (00:59 and 01:00 UTC).
    for (let at = Date.UTC(2024, 0, 1); at < Date.UTC(2031, 0, 1); at += 3_600_000) {
      for (const date of [new Date(at), new Date(at - 60_000), new Date(at + 30 * 60_000)]) {
        const got = pragueTime(date);
        const want = expected(date);
        if (JSON.stringify(got) !== JSON.stringify(want))
          mismatches.push(`${date.toISOString()}: ${JSON.stringify(got)}`);
      }
    }
    expect(mismatches.slice(0, 5)).to.deep.equal([]);
    // The spring change of 2026: 00:59 UTC is 01:59 in winter time, 01:00 UTC is 03:00.
    expect(pragueTime(new Date('2026-03-29T00:59:00Z')).minutes).to.equal(1 * 60 + 59);
    expect(pragueTime(new Date('2026-03-29T01:00:00Z')).minutes).to.equal(3 * 60);
  });

  it('knows Czech public holidays, Easter included', () => {
    expect(isCzechPublicHoliday(2026, 4, 3)).to.equal(true); // Good Friday
    expect(isCzechPublicHoliday(2026, 4, 6)).to.equal(true); // Easter Monday
    expect(isCzechPublicHoliday(2027, 3, 29)).to.equal(true); // Easter Monday 2027
    expect(isCzechPublicHoliday(2026, 9, 28)).to.equal(true);
    expect(isCzechPublicHoliday(2026, 4, 7)).to.equal(false);
  });

  it('handles hours past midnight, e.g. a night shelter', () => {
    const shelter = compileSchedule({ hours: [{ days: ['su'], opens: '19:00', closes: '07:00' }] });
    const at = (iso: string) => isOpenAt(shelter, pragueTime(new Date(iso)));
    expect(at('2026-11-22T19:00:00Z')).to.equal(true); // Sunday 20:00
    expect(at('2026-11-23T05:00:00Z')).to.equal(true); // Monday 06:00, across the week's end
    expect(at('2026-11-23T07:00:00Z')).to.equal(false); // Monday 08:00
  });

  it('says nothing when the catalogue gives no hours', () => {
    expect(isOpenAt(compileSchedule(undefined), pragueTime(new Date()))).to.equal(undefined);
    expect(isOpenAt(compileSchedule({ note: 'Po domluvě' }), pragueTime(new Date()))).to.equal(undefined);
  });

  it('lists a day’s hours in order', () => {
    const schedule = {
      hours: [
        { days: ['mo' as const], opens: '13:00', closes: '16:00' },
        { days: ['mo' as const, 'tu' as const], opens: '08:00', closes: '12:00' },
      ],
    };
    expect(hoursOn(schedule, 'mo')).to.deep.equal([
      { opens: '08:00', closes: '12:00' },
      { opens: '13:00', closes: '16:00' },
    ]);
  });
});
