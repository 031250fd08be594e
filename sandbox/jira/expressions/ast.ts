import type { Pos } from './errors';

/** Every node knows its source span, so an evaluation error can quote the failing sub-expression. */
interface Span {
  pos: Pos;
  /** Offset just past the node. */
  end: number;
}

export type BinaryOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

export type Node = Span &
  (
    | { type: 'Literal'; value: null | boolean | number | string }
    | { type: 'Identifier'; name: string }
    | { type: 'Array'; elements: Node[] }
    /**
     * `a.b`, `a?.b`, `a[b]`, `a?.[b]`: `name` for static access, `computed` for the bracket form;
     * `property` is where the name or the bracketed key starts.
     */
    | { type: 'Member'; object: Node; name: string | null; computed: Node | null; optional: boolean; property: Pos }
    | { type: 'Call'; callee: Node; args: Node[]; optional: boolean }
    /** The end of a member/call chain that contains `?.`: a short-circuited chain yields null here. */
    | { type: 'Chain'; expression: Node }
    | { type: 'Unary'; operator: '!' | '-'; argument: Node }
    | { type: 'Binary'; operator: BinaryOperator; left: Node; right: Node }
    | { type: 'Logical'; operator: '&&' | '||'; left: Node; right: Node }
    | { type: 'Conditional'; test: Node; consequent: Node; alternate: Node }
    /** `x => body`: only as the argument of a list method. */
    | { type: 'Arrow'; param: string; body: Node }
    /** `new CalendarDate(...)`, the one constructor the emulator evaluates. */
    | { type: 'New'; className: string; args: Node[] }
  );

export type NodeOf<T extends Node['type']> = Extract<Node, { type: T }>;
