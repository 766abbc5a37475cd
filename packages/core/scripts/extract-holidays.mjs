// Writes src/shared/calendar-data/national.ts from the devDependency `chinese-days`.
//
//   cd packages/core && node scripts/extract-holidays.mjs
//   cd ../.. && npx biome check --write packages/core/src/shared/calendar-data/national.ts
//
// Core never imports chinese-days at run time: the generated file is the source of truth, reviewed
// and committed. Rerun this script after upgrading chinese-days (for a new year's State Council
// notice), widen LAST_YEAR, check the diff against the notice, and run the calendar tests: one of
// them compares the committed file with the package day by day.
//
// Only the package's default import works under Node ESM, and it is given 'YYYY-MM-DD' texts, never
// Date values (it would read them in the host time zone).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import chineseDays from 'chinese-days';

const FIRST_YEAR = 2022;
const LAST_YEAR = 2026;

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..');
const output = join(packageRoot, 'src/shared/calendar-data/national.ts');
const chineseDaysVersion = JSON.parse(
  readFileSync(join(packageRoot, 'node_modules/chinese-days/package.json'), 'utf8'),
).version;

// chinese-days names a day "English,中文,n"; we print the names the State Council notices use.
const OFFICIAL_NAMES = {
  "New Year's Day": { zh: '元旦', en: "New Year's Day" },
  'Spring Festival': { zh: '春节', en: 'Spring Festival' },
  'Tomb-sweeping Day': { zh: '清明节', en: 'Tomb-sweeping Day' },
  'Labour Day': { zh: '劳动节', en: 'Labour Day' },
  'Dragon Boat Festival': { zh: '端午节', en: 'Dragon Boat Festival' },
  'Mid-autumn Festival': { zh: '中秋节', en: 'Mid-autumn Festival' },
  'National Day': { zh: '国庆节', en: 'National Day' },
};

const MS_PER_DAY = 86_400_000;

function dayText(dayNumber) {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

function dayNumberOf(text) {
  return Date.parse(`${text}T00:00:00Z`) / MS_PER_DAY;
}

function isWeekend(dayNumber) {
  const weekday = new Date(dayNumber * MS_PER_DAY).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function officialName(packageName) {
  const english = packageName.split(',')[0];
  const name = OFFICIAL_NAMES[english];
  if (name === undefined) throw new Error(`no official name for chinese-days holiday "${packageName}"`);
  return { english, name };
}

// 1. Classify every day of the range as chinese-days sees it.
const restDays = []; // { day, english }
const workdays = []; // { day, english }
for (let day = dayNumberOf(`${FIRST_YEAR}-01-01`); day <= dayNumberOf(`${LAST_YEAR}-12-31`); day++) {
  const detail = chineseDays.getDayDetail(dayText(day));
  if (detail.date !== dayText(day)) throw new Error(`chinese-days read ${dayText(day)} as ${detail.date}`);
  const announced = detail.name.includes(',');
  if (!announced) {
    // An ordinary day: chinese-days must agree with "Monday to Friday work".
    if (detail.work === isWeekend(day)) throw new Error(`unexpected ordinary day ${dayText(day)}`);
    continue;
  }
  const { english } = officialName(detail.name);
  if (detail.work) {
    if (!isWeekend(day)) throw new Error(`make-up workday ${dayText(day)} is not a weekend day`);
    workdays.push({ day, english });
  } else {
    restDays.push({ day, english });
  }
}

// 2. Group consecutive rest days into the periods the notices announce. One period can carry two
// festivals (中秋节、国庆节); its name lists them in the order their days come.
const periods = [];
for (const { day, english } of restDays) {
  const last = periods.at(-1);
  if (last !== undefined && last.to === day - 1) {
    last.to = day;
    if (!last.englishNames.includes(english)) last.englishNames.push(english);
  } else {
    periods.push({ from: day, to: day, englishNames: [english] });
  }
}
for (const period of periods) {
  const names = period.englishNames.map((english) => OFFICIAL_NAMES[english]);
  period.name = { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(' and ') };
  // A period belongs to the notice of the year it ends in (元旦 2022-12-31..2023-01-02 is 2023's).
  period.year = Number(dayText(period.to).slice(0, 4));
}

// 3. A make-up day belongs to the nearest period that carries its festival.
const adjusted = workdays.map(({ day, english }) => {
  const candidates = periods.filter((p) => p.englishNames.includes(english));
  if (candidates.length === 0) throw new Error(`make-up day ${dayText(day)} has no ${english} period`);
  const distance = (p) => (day < p.from ? p.from - day : day - p.to);
  const period = candidates.reduce((best, p) => (distance(p) < distance(best) ? p : best));
  return { day, name: period.name, year: period.year };
});

// 4. Print a readable TypeScript file.
function quote(text) {
  return text.includes("'") ? JSON.stringify(text) : `'${text}'`;
}
function printName(name) {
  return `{ zh: ${quote(name.zh)}, en: ${quote(name.en)} }`;
}

const lines = [];
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const yearPeriods = periods.filter((p) => p.year === year);
  const yearWorkdays = adjusted.filter((w) => w.year === year);
  if (!yearPeriods.some((p) => p.englishNames.includes('Spring Festival'))) {
    throw new Error(
      `chinese-days ${chineseDaysVersion} has no Spring Festival for ${year}: is the year covered?`,
    );
  }
  lines.push('    {', `      year: ${year},`, '      restPeriods: [');
  for (const p of yearPeriods) {
    lines.push(`        { from: '${dayText(p.from)}', to: '${dayText(p.to)}', name: ${printName(p.name)} },`);
  }
  lines.push('      ],', '      adjustedWorkdays: [');
  for (const w of yearWorkdays)
    lines.push(`        { date: '${dayText(w.day)}', name: ${printName(w.name)} },`);
  lines.push('      ],', '    },');
}

const source = `State Council General Office notices on public holiday arrangements (国务院办公厅关于部分节假日安排的通知), ${FIRST_YEAR}–${LAST_YEAR}, as compiled in chinese-days@${chineseDaysVersion}`;

const text = `// GENERATED by scripts/extract-holidays.mjs from chinese-days@${chineseDaysVersion}: do not edit by hand.
// Rerun the script (and review the diff against the State Council notice) to change it.
import type { NationalCalendarData } from './types.js';

/**
 * China's national public holidays (法定节假日) and adjusted working days (调休上班日), ${FIRST_YEAR}–${LAST_YEAR}.
 *
 * Each rest period lists every day off of one announcement, weekends inside it included; each
 * adjusted workday is a Saturday or Sunday worked in exchange. Every other Monday–Friday is a
 * working day and every other Saturday and Sunday a rest day.
 */
export const NATIONAL_CALENDAR_DATA: NationalCalendarData = {
  source:
    ${quote(source)},
  firstYear: ${FIRST_YEAR},
  lastYear: ${LAST_YEAR},
  years: [
${lines.join('\n')}
  ],
};
`;

writeFileSync(output, text);
console.log(`wrote ${output}: ${periods.length} rest periods, ${adjusted.length} adjusted workdays`);
