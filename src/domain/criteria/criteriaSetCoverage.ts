import { isCompleted } from '../audits/auditState';
import type { CoverageAudit, CoverageStatus } from '../programme/coverage';
import { isWithinCycle, type CycleWindow } from '../programme/cycle';
import type { CriteriaSetContent } from './criteriaSet';
import { auditSeenBySet } from './crossReferences';

/**
 * Coverage of a company criteria set in one cycle, by the same rules as the ISO coverage
 * (programme/coverage.ts): audited when a completed audit of the cycle gave one of the lines it
 * counts for a result other than "not audited"; planned when an on-time audit of the cycle has it in
 * scope; otherwise a gap. Lines count through cross-references (crossReferences.ts), so a line citing
 * A.8.15 covers the SOP section tied to it. Groups are the set's own (its chapters), the heat-map's rows.
 */
export interface CriteriaItemCoverage {
  requirementId: string;
  title: string;
  group: string;
  status: CoverageStatus;
  auditedIn: string[];
  plannedIn: string[];
}

export interface CriteriaGroupCoverage {
  group: string;
  total: number;
  audited: number;
  planned: number;
  gap: number;
}

export interface CriteriaSetCoverage {
  setId: string;
  items: CriteriaItemCoverage[];
  groups: CriteriaGroupCoverage[];
  summary: { total: number; audited: number; planned: number; gap: number };
}

type AuditForCoverage = Omit<CoverageAudit, 'results'> & Required<Pick<CoverageAudit, 'results'>>;

export function criteriaSetCoverage(input: {
  set: CriteriaSetContent;
  /** Every company set, for cross-references other sets hold (only the ISO ones link across sets). */
  sets: readonly CriteriaSetContent[];
  cycle: CycleWindow;
  audits: readonly AuditForCoverage[];
  /** Calendar day in the programme's time zone. */
  today: string;
}): CriteriaSetCoverage {
  const { set, cycle, today } = input;
  const sets = input.sets.some((s) => s.id === set.id) ? input.sets : [...input.sets, set];
  const auditedIn = new Map<string, string[]>();
  const plannedIn = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, id: string, auditId: string) => {
    const list = map.get(id) ?? [];
    if (!list.includes(auditId)) map.set(id, [...list, auditId]);
  };
  for (const raw of [...input.audits].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (!isWithinCycle(cycle, raw.plannedStart)) continue;
    const audit = auditSeenBySet(raw, set.id, sets);
    if (isCompleted(audit.state)) {
      for (const line of audit.results) if (line.result !== 'notAudited') add(auditedIn, line.itemId, audit.id);
    } else if (audit.plannedEnd >= today) {
      for (const id of audit.scope) add(plannedIn, id, audit.id);
    }
  }
  const items: CriteriaItemCoverage[] = set.requirements.map((requirement) => {
    const audited = auditedIn.get(requirement.id) ?? [];
    const planned = plannedIn.get(requirement.id) ?? [];
    return {
      requirementId: requirement.id,
      title: requirement.title,
      group: requirement.group,
      status: audited.length > 0 ? 'audited' : planned.length > 0 ? 'planned' : 'gap',
      auditedIn: audited,
      plannedIn: planned,
    };
  });
  const count = (list: readonly CriteriaItemCoverage[]) => ({
    total: list.length,
    audited: list.filter((i) => i.status === 'audited').length,
    planned: list.filter((i) => i.status === 'planned').length,
    gap: list.filter((i) => i.status === 'gap').length,
  });
  // Groups in the order the set first names them, as the source's chapters run.
  const groupNames = [...new Set(items.map((item) => item.group))];
  return {
    setId: set.id,
    items,
    groups: groupNames.map((group) => ({ group, ...count(items.filter((item) => item.group === group)) })),
    summary: count(items),
  };
}
