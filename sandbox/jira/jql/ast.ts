import type { Pos } from './errors';

/** How a clause names its field, before the schema is consulted. `text` is the field as written. */
export type FieldRef =
  /** `status`, `"Finding grade"`, `Verification.result`, `"Verification".result` */
  | { kind: 'name'; name: string; path: string[]; text: string; pos: Pos }
  /** `cf[10050]`, `cf[10060].result` */
  | { kind: 'cf'; id: string; path: string[]; text: string; pos: Pos }
  /** `issue.property[audit-finding].auditId` */
  | { kind: 'property'; key: string; path: string; text: string; pos: Pos };

export type Operand =
  | { kind: 'value'; value: string; text: string; pos: Pos }
  | { kind: 'empty'; text: string; pos: Pos }
  | { kind: 'function'; name: string; args: string[]; text: string; pos: Pos }
  | { kind: 'list'; items: Operand[]; text: string; pos: Pos };

export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export type Clause =
  | { kind: 'and'; clauses: Clause[] }
  | { kind: 'or'; clauses: Clause[] }
  | { kind: 'not'; clause: Clause }
  | { kind: 'terminal'; field: FieldRef; operator: Operator; operand: Operand; pos: Pos };

export interface SortItem {
  field: FieldRef;
  /** null when the query gives no direction: the field's default applies. */
  direction: 'asc' | 'desc' | null;
}

export interface Query {
  where: Clause | null;
  /** null when the query has no ORDER BY. */
  orderBy: SortItem[] | null;
}

/** What NOT turns an operator into (Jira pushes NOT down onto the clauses, De Morgan style). */
export const NEGATED: Record<Operator, Operator> = {
  '=': '!=',
  '!=': '=',
  '<': '>=',
  '>=': '<',
  '>': '<=',
  '<=': '>',
  '~': '!~',
  '!~': '~',
  in: 'not in',
  'not in': 'in',
  is: 'is not',
  'is not': 'is',
};
