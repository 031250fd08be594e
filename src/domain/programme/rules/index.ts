// Pure programme rules: risk-based frequency, the cycle, coverage, schedule KPIs, impartiality,
// competence, audit states and repeat findings. No I/O, no clock: "today" is always a parameter.
export * from './auditState';
export * from './competence';
export * from './coverage';
export * from './cycle';
export { addDays, addMonths, daysBetween, IsoDate, TimeZone, todayIn } from './dates';
export * from './impartiality';
export * from './itemIds';
export * from './repeatFindings';
export * from './riskFrequency';
export * from './schedule';
