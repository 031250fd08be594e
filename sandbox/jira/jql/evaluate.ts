import { NEGATED, type Clause, type Operand, type Operator } from './ast';
import { compareDate, type DateOperand, type DateValue } from './dates';
import { JqlError, operatorNotEmulated, operatorNotSupported } from './errors';
import { resolveField, type FieldDef, type FieldEnv, type Scalar, type ValueType } from './fields';
import { resolveOperand, type OperandEnv } from './operands';
import { compileTextQuery, type TextQuery } from './text';
import type { JqlIssue } from './types';

/**
 * Binds the WHERE tree to the schema and turns it into a predicate. NOT is pushed down onto the
 * clauses as Jira does (De Morgan over AND/OR, then each operator replaced by its negation), so
 * `NOT assignee = x` means `assignee != x`, which — like every Jira operator but IS — never matches
 * an issue where the field is EMPTY. In three-valued terms: a clause on an EMPTY field is unknown,
 * and neither it nor its negation matches.
 */
export type Predicate = (issue: JqlIssue) => boolean;
export type BindEnv = FieldEnv & OperandEnv;

const EQUALITY: Operator[] = ['=', '!=', 'in', 'not in', 'is', 'is not'];
const ORDERING: Operator[] = [...EQUALITY, '<', '<=', '>', '>='];
const OPERATORS: Record<ValueType, Operator[]> = {
  string: EQUALITY,
  user: EQUALITY,
  key: EQUALITY,
  text: ['~', '!~', 'is', 'is not'],
  number: ORDERING,
  date: ORDERING,
  object: ['is', 'is not'],
};

/** A clause after validation: the field, its operator, and the operand's resolved values. */
interface Bound {
  def: FieldDef;
  /** The operand list contains EMPTY (or the operator is IS / IS NOT). */
  empty: boolean;
  values: unknown[];
  text?: TextQuery;
}

const describeOperand = (op: Operand) => (op.kind === 'value' ? `"${op.value}"` : op.text);

function bindTerminal(clause: Extract<Clause, { kind: 'terminal' }>, env: BindEnv): { bound: Bound; op: Operator } {
  const def = resolveField(clause.field, env);
  const { operand } = clause;
  let op = clause.operator;
  // `= EMPTY` and `!= EMPTY` are IS and IS NOT.
  if (operand.kind === 'empty' && op === '=') op = 'is';
  if (operand.kind === 'empty' && op === '!=') op = 'is not';
  // The operand's shape is checked first, as Jira does ("summary in test" is a non-list complaint).
  if ((op === 'in' || op === 'not in') && operand.kind !== 'list' && operand.kind !== 'function') {
    throw new JqlError(
      `Operator '${op}' does not support the non-list value '${describeOperand(operand)}' for field '${def.display}'.`,
    );
  }
  if (operand.kind === 'list' && op !== 'in' && op !== 'not in') {
    throw new JqlError(
      `Operator '${op}' does not support the list value '${operand.text}' for field '${def.display}'.`,
    );
  }
  if (!OPERATORS[def.type].includes(op)) {
    if (def.type === 'key' && ['<', '<=', '>', '>='].includes(op)) throw operatorNotEmulated(op, def.display);
    throw operatorNotSupported(op, def.display);
  }
  const hasEmpty =
    operand.kind === 'empty' || (operand.kind === 'list' && operand.items.some((i) => i.kind === 'empty'));
  if (hasEmpty && !def.emptiable) {
    throw new JqlError(`The field '${def.display}' does not support searching for EMPTY values.`);
  }
  if (op === 'is' || op === 'is not') {
    if (operand.kind !== 'empty') {
      throw new JqlError(
        `The operator '${op}' only supports the value EMPTY (or NULL) for the field '${def.display}'.`,
      );
    }
    return { bound: { def, empty: true, values: [] }, op };
  }
  if (op === '~' || op === '!~') {
    if (operand.kind !== 'value') {
      throw new JqlError(`The operator '${op}' needs a text value for the field '${def.display}'.`);
    }
    return {
      bound: { def, empty: false, values: [operand.value], text: compileTextQuery(operand.value, def.display) },
      op,
    };
  }
  if (operand.kind === 'empty') {
    throw new JqlError(
      `The operator '${op}' does not support searching for EMPTY values in the field '${def.display}'.`,
    );
  }
  const items = operand.kind === 'list' ? operand.items : [operand];
  const values = items.filter((i) => i.kind !== 'empty').flatMap((i) => resolveOperand(i, def, env));
  return { bound: { def, empty: hasEmpty, values }, op };
}

function equal(type: ValueType, value: Scalar, operand: unknown): boolean {
  return type === 'date' ? compareDate(value as DateValue, operand as DateOperand) === 0 : value === operand;
}

function order(type: ValueType, value: Scalar, operand: unknown): number {
  return type === 'date'
    ? compareDate(value as DateValue, operand as DateOperand)
    : (value as number) - (operand as number);
}

const COMPARE: Partial<Record<Operator, (c: number) => boolean>> = {
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
};

/** The predicate of a bound clause under operator `op` (the clause's own, or its negation). */
function predicate({ def, empty, values: operands, text }: Bound, op: Operator): Predicate {
  const { type } = def;
  if (op === 'is') return (i) => def.values(i).length === 0;
  if (op === 'is not') return (i) => def.values(i).length > 0;
  // An operand that resolved to nothing (currentUser() when anonymous) matches nothing either way.
  if (operands.length === 0 && !empty) return () => false;
  const hit = (i: JqlIssue, vs: Scalar[]) => vs.some((v) => operands.some((o) => equal(type, v, o)));
  switch (op) {
    case '=':
    case 'in':
      return (i) => {
        const vs = def.values(i);
        return vs.length === 0 ? empty : hit(i, vs);
      };
    case '!=':
    case 'not in':
      return (i) => {
        const vs = def.values(i);
        return vs.length > 0 && !hit(i, vs);
      };
    case '~':
      return (i) => def.values(i).some((v) => text!.matches(v as string));
    case '!~':
      return (i) => {
        const vs = def.values(i);
        return vs.length > 0 && !vs.some((v) => text!.matches(v as string));
      };
    default: {
      const test = COMPARE[op]!;
      const bound = operands[0];
      return (i) => def.values(i).some((v) => test(order(type, v, bound)));
    }
  }
}

export function bindWhere(clause: Clause, env: BindEnv, negated = false): Predicate {
  switch (clause.kind) {
    case 'not':
      return bindWhere(clause.clause, env, !negated);
    case 'and':
    case 'or': {
      const parts = clause.clauses.map((c) => bindWhere(c, env, negated));
      const all = (clause.kind === 'and') !== negated;
      return all ? (i) => parts.every((p) => p(i)) : (i) => parts.some((p) => p(i));
    }
    case 'terminal': {
      const { bound, op } = bindTerminal(clause, env);
      return predicate(bound, negated ? NEGATED[op] : op);
    }
  }
}
