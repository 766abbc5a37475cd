// A service that installed @grassroots/core from its tarball, run by plain Node (no tsx, no
// conditions): it calls the value objects, the calendar and one rule of each area, and prints what
// they answered as JSON for the test to compare.
import {
  addWorkingDays,
  balanceOf,
  createPerson,
  medianMark,
  meetsQuorum,
  nationalCalendar,
  nextApplicationState,
  nextMatterState,
  parseCalendarDate,
  parseCitizenId,
  parseDeviceId,
  parseGridCode,
  parseStandardAddress,
} from '@grassroots/core';

const today = parseCalendarDate('2025-06-01');
if (!today.ok) throw new Error('the date did not parse');

const answers = {
  citizenId: parseCitizenId('11010519491231002X', today.value),
  workingDays: addWorkingDays(nationalCalendar(), '2025-09-30', 1),
  person: createPerson(
    {
      id: 'p-1',
      nameZh: '次仁',
      citizenId: '11010519491231002X',
      ethnicity: 'TIBETAN',
      residenceRegionCode: '542526100201',
    },
    today.value,
  ).ok,
  grid: parseGridCode('542526100201001').ok,
  registry: parseStandardAddress('542526100201 北街12号3栋2单元301室').ok,
  matter: nextMatterState('REPORTED', 'REGISTER'),
  points: balanceOf({ events: [{ delta: 5 }, { delta: -2 }] }),
  camera: parseDeviceId('54252600001320000001').ok,
  serviceHall: nextApplicationState('RECEIVED', 'ACCEPT'),
  party: meetsQuorum({ numerator: 4, denominator: 5, strict: false }, 4, 5),
  contest: medianMark([80, 90, 85]),
};
process.stdout.write(JSON.stringify(answers));
