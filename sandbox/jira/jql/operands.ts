import type { Operand } from './ast';
import { DATE_FUNCTIONS, evaluateDateFunction, invalidDate, operand as dateOperand, parseDateLiteral } from './dates';
import { JqlError } from './errors';
import type { FieldDef } from './fields';

/**
 * Turns the values and functions of a clause into what the field's values are compared with:
 * strings (lower-cased for case-insensitive fields), numbers, or DateOperands.
 */
export interface OperandEnv {
  currentAccountId: string | null;
  nowMs: number;
  timeZone: string;
}

/** Jira functions the emulator knows by name but does not evaluate. */
const NOT_EMULATED_FUNCTIONS = new Set(
  `approved approver breached cascadeoption choiceoption closedsprints completed componentsleadbyuser currentlogin
  earliestunreleasedversion elapsed endofweek everbreached futuresprints issuehistory issuespinnedtoreleasenotes
  issueswithremotelinksbyglobalid lastlogin latestreleasedversion linkedissues membersof myapproval mypending
  opensprints outdated parentepic paused pending pendingby projectsleadbyuser projectswhereuserhaspermission
  projectswhereuserhasrole releasedversions remaining running standardissuetypes startofweek subtaskissuetypes
  unreleasedversions updatedby votedissues watchedissues withincalendarhours`.split(/\s+/),
);

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

function functionValues(fn: Extract<Operand, { kind: 'function' }>, def: FieldDef, env: OperandEnv): unknown[] {
  const name = fn.name.toLowerCase();
  if (name === 'currentuser') {
    if (def.type !== 'user') throw notForField(fn.name, def);
    if (fn.args.length > 0) {
      throw new JqlError(`Function '${fn.name}' expected '0' arguments but received '${fn.args.length}'.`);
    }
    return env.currentAccountId ? [env.currentAccountId] : [];
  }
  if (name in DATE_FUNCTIONS) {
    if (def.type !== 'date') throw notForField(fn.name, def);
    return [dateOperand(evaluateDateFunction(fn.name, fn.args, env.nowMs, env.timeZone), env.timeZone)];
  }
  if (NOT_EMULATED_FUNCTIONS.has(name)) {
    throw new JqlError(`The function '${fn.name}' is not supported by the local emulator.`);
  }
  throw new JqlError(`Unable to find JQL function '${fn.name}()'.`);
}

const notForField = (name: string, def: FieldDef) =>
  new JqlError(`The function '${name}' is not supported for the field '${def.display}'.`);

function literalValue(value: string, def: FieldDef, env: OperandEnv): unknown {
  switch (def.type) {
    case 'number':
      if (!NUMBER.test(value.trim())) {
        throw new JqlError(`The value '${value}' is not a valid number for the field '${def.display}'.`);
      }
      return Number(value);
    case 'date': {
      const ms = parseDateLiteral(value, env.nowMs, env.timeZone);
      if (ms === null) throw invalidDate(value, def.display);
      return dateOperand(ms, env.timeZone);
    }
    default:
      def.validate?.(value);
      return def.caseInsensitive ? value.toLowerCase() : value;
  }
}

/** The values of a single operand (a value or a function); never EMPTY, never a list. */
export function resolveOperand(op: Operand, def: FieldDef, env: OperandEnv): unknown[] {
  if (op.kind === 'function') return functionValues(op, def, env);
  if (op.kind === 'value') return [literalValue(op.value, def, env)];
  throw new Error(`resolveOperand: ${op.kind} is handled by the caller`);
}
