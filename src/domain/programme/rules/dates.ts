// The calendar moved to src/domain/calendar/; this re-export keeps the contract building until its
// split by feature lands with the new import, then it goes.
export { addDays, addMonths, daysBetween, IsoDate } from '../../calendar/calendarDate';
export { TimeZone, todayIn } from '../../calendar/timeZone';
