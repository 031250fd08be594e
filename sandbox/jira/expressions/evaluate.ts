import type { Node, NodeOf } from './ast';
import { evaluationError, notEmulated } from './errors';
import { callMethod, getMember } from './members';
import { CalendarDate, display, equals, isNull, truthy, typeName } from './values';

/** What a member or call in an optional chain yields once `?.` met null: the chain's value is null. */
const SHORT = Symbol('short-circuited');

type Scope = ReadonlyMap<string, unknown>;

/** Context variables of Jira expressions that the emulator does not supply. */
const OTHER_CONTEXT_VARIABLES = new Set([
  'project', 'transition', 'workflow', 'app', 'config', 'issues', 'board', 'sprint', 'customerRequest',
  'serviceDesk', 'fieldId', 'value', 'modifiedFields',
]); // prettier-ignore

/** Jira's global objects and constructors, none of which the emulator evaluates. */
const GLOBALS = new Set([
  'Math', 'JSON', 'Date', 'Number', 'String', 'Boolean', 'Object', 'Array', 'Map', 'Set', 'RegExp', 'Issue', 'User',
  'Project', 'Comment', 'CalendarDate',
]); // prettier-ignore

const COMPARABLE = new Set(['Number', 'String', 'CalendarDate']);

export class Evaluator {
  constructor(
    private readonly source: string,
    private readonly now: Date,
  ) {}

  private text(node: Node): string {
    return this.source.slice(node.pos.offset, node.end);
  }

  evaluate(node: Node, scope: Scope): unknown {
    switch (node.type) {
      case 'Literal':
        return node.value;
      case 'Identifier':
        return this.identifier(node, scope);
      case 'Array':
        return node.elements.map((e) => this.evaluate(e, scope));
      case 'Member':
      case 'Call':
      case 'Chain': {
        const value = this.chainPart(node.type === 'Chain' ? node.expression : node, scope);
        return value === SHORT ? null : value;
      }
      case 'Unary':
        return this.unary(node, scope);
      case 'Binary':
        return this.binary(node, this.evaluate(node.left, scope), this.evaluate(node.right, scope));
      case 'Logical': {
        const left = this.evaluate(node.left, scope);
        if (node.operator === '&&') return truthy(left) ? this.evaluate(node.right, scope) : left;
        return truthy(left) ? left : this.evaluate(node.right, scope);
      }
      case 'Conditional':
        return this.evaluate(truthy(this.evaluate(node.test, scope)) ? node.consequent : node.alternate, scope);
      case 'Arrow':
        throw notEmulated('an arrow function outside the argument of some, every, filter or map', node.pos);
      case 'New':
        return this.calendarDate(node, scope);
    }
  }

  private identifier(node: NodeOf<'Identifier'>, scope: Scope): unknown {
    if (scope.has(node.name)) return scope.get(node.name);
    if (OTHER_CONTEXT_VARIABLES.has(node.name)) throw notEmulated(`the context variable \`${node.name}\``, node.pos);
    if (GLOBALS.has(node.name)) throw notEmulated(`the global \`${node.name}\``, node.pos);
    throw evaluationError(node.name, `Unrecognized identifier: "${node.name}"`, node.pos);
  }

  /** A member access or call, which yields SHORT when an earlier `?.` in its chain met null. */
  private chainPart(node: Node, scope: Scope): unknown {
    if (node.type === 'Member') {
      const object = this.chainPart(node.object, scope);
      if (object === SHORT || (node.optional && isNull(object))) return SHORT;
      const name = node.computed ? this.evaluate(node.computed, scope) : node.name!;
      const site = { source: this.text(node), objectSource: this.text(node.object), pos: node.property };
      if (typeof name === 'string') return getMember(object, name, { ...site, computed: node.computed !== null });
      if (typeof name === 'number' && Array.isArray(object)) {
        if (!Number.isInteger(name))
          throw evaluationError(site.source, `List index ${name} is not a whole number.`, site.pos);
        return object[name] ?? null;
      }
      if (isNull(object)) return getMember(object, '', { ...site, computed: true });
      throw evaluationError(
        site.source,
        `Can't read a member of ${typeName(object)} with a ${typeName(name)} key.`,
        site.pos,
      );
    }
    if (node.type === 'Call') return this.call(node, scope);
    return this.evaluate(node, scope);
  }

  private call(node: NodeOf<'Call'>, scope: Scope): unknown {
    const callee = node.callee;
    if (node.optional) throw notEmulated('optional calls (`?.()`)', node.pos);
    if (callee.type !== 'Member') {
      throw notEmulated(
        callee.type === 'Identifier' ? `function calls (\`${this.text(callee)}()\`)` : 'calling a computed value',
        node.pos,
      );
    }
    const receiver = this.chainPart(callee.object, scope);
    if (receiver === SHORT || (callee.optional && isNull(receiver))) return SHORT;
    const name = callee.computed ? this.evaluate(callee.computed, scope) : callee.name;
    if (typeof name !== 'string') throw notEmulated('calling a method named by a non-String', node.pos);
    return callMethod(receiver, {
      name,
      receiverSource: this.text(callee.object),
      source: this.text(node),
      pos: callee.property,
      args: node.args,
      evaluate: (arg) => this.evaluate(arg, scope),
      lambda: (arrow) => (x) => this.evaluate(arrow.body, new Map(scope).set(arrow.param, x)),
    });
  }

  private unary(node: NodeOf<'Unary'>, scope: Scope): unknown {
    const value = this.evaluate(node.argument, scope);
    if (node.operator === '!') return !truthy(value);
    if (typeof value !== 'number') {
      throw evaluationError(this.text(node), `Can't apply operator - to ${typeName(value)}.`, node.pos);
    }
    return -value;
  }

  private binary(node: NodeOf<'Binary'>, left: unknown, right: unknown): unknown {
    const op = node.operator;
    if (op === '==') return equals(left, right);
    if (op === '!=') return !equals(left, right);
    const lt = typeName(left);
    const rt = typeName(right);
    if (op === '<' || op === '<=' || op === '>' || op === '>=') {
      if (lt !== rt || !COMPARABLE.has(lt)) {
        throw evaluationError(this.text(node), `Can't compare ${lt} to ${rt}.`, node.pos);
      }
      const a = left instanceof CalendarDate ? left.ymd : (left as number | string);
      const b = right instanceof CalendarDate ? right.ymd : (right as number | string);
      return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
    }
    if (typeof left === 'number' && typeof right === 'number') {
      switch (op) {
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '*':
          return left * right;
        case '/':
          return left / right;
        case '%':
          return left % right;
      }
    }
    const joinable = (t: string) => ['String', 'Number', 'Boolean', 'Null', 'CalendarDate'].includes(t);
    if (op === '+' && (lt === 'String' || rt === 'String') && joinable(lt) && joinable(rt)) {
      return display(left) + display(right);
    }
    throw evaluationError(this.text(node), `Can't apply operator ${op} to ${lt} and ${rt}.`, node.pos);
  }

  private calendarDate(node: NodeOf<'New'>, scope: Scope): CalendarDate {
    if (node.args.length === 0) return CalendarDate.of(this.now);
    const arg = node.args.length === 1 ? this.evaluate(node.args[0]!, scope) : undefined;
    const day = typeof arg === 'string' ? CalendarDate.parse(arg) : null;
    if (!day) {
      const given =
        node.args.length === 1 ? `${typeName(arg)} ${JSON.stringify(arg)}` : `${node.args.length} arguments`;
      throw evaluationError(
        this.text(node),
        `new CalendarDate() takes no argument or a 'YYYY-MM-DD' String, not ${given}.`,
        node.pos,
      );
    }
    return day;
  }
}
