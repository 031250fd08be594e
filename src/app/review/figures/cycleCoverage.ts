import { programmeIdFor } from '../../../domain/programme/auditProgramme';
import { cycleContaining } from '../../../domain/programme/cycle';
import { requiredItems } from '../../../domain/audits/scope';
import { defaultStatementOfApplicability } from '../../../domain/soa/soa';
import { programmeCoverage, type ProgrammeCoverage } from '../../../domain/review/kpis/programmeCoverage';
import type { FiguresSource } from './readFigures';

/**
 * Coverage of the programme cycle containing `day`, as it stood on `day`: the cycle programme's
 * audits (id `cycle-<first day>`) against the clauses and the SoA's applicable controls.
 */
export function cycleCoverageOn(source: FiguresSource, day: string): ProgrammeCoverage {
  const cycle = cycleContaining(source.settings, day);
  const programmeId = programmeIdFor(cycle.start);
  return programmeCoverage(
    cycle,
    requiredItems(source.soa ?? defaultStatementOfApplicability()),
    source.records.audits.filter((audit) => audit.record.programmeId === programmeId),
    day,
    source.settings.timeZone,
  );
}
