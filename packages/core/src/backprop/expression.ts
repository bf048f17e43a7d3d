/**
 * A small parser for the scalar expressions a backprop lesson draws: `(a*b + c)*f`,
 * `sigmoid(w*x + b)`, `(y - t)^2`. Grammar (usual precedence, `^` binds tightest and to the right):
 *
 *     sum     = product (("+" | "-") product)*
 *     product = unary (("*" | "/") unary)*
 *     unary   = "-" unary | power
 *     power   = atom ("^" unary)?            exponent: a constant (x^2, x^-1, x^0.5)
 *     atom    = number | name | function "(" sum ")" | "(" sum ")"
 *     function = exp | log | tanh | sigmoid | relu
 *
 * `−` (U+2212), `·` and `×` are accepted as minus and times, `**` as power. Errors carry the
 * 1-based column where the parser stopped, so a widget can say where a typo is.
 */
import { CodedError } from '../coded-error.js';

/** Machine-readable reasons an expression does not parse. */
export type ExpressionErrorCode =
  /** Nothing but spaces. */
  | 'empty'
  /** A character that is no number, name, operator or parenthesis. */
  | 'unexpected-character'
  /** A token where another was needed (`a + * b`, `a b`). */
  | 'unexpected-token'
  /** The text ended where more was needed (`a +`). */
  | 'unexpected-end'
  /** An opening parenthesis without its closing one. */
  | 'unclosed-parenthesis'
  /** A name followed by `(` that is not a known function. */
  | 'unknown-function'
  /** An exponent that depends on a variable (only constant powers are drawn). */
  | 'variable-exponent';

/** An expression that does not parse; `details.column` is 1-based, `details.token` what was found. */
export class ExpressionError extends CodedError<ExpressionErrorCode> {
  override readonly name = 'ExpressionError';
  get column(): number {
    return Number(this.details['column']);
  }
}

export const FUNCTIONS = ['exp', 'log', 'tanh', 'sigmoid', 'relu'] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

/** A node of the parsed expression. `id` numbers nodes in the order the parser created them. */
export type ExpressionNode =
  | { readonly kind: 'number'; readonly id: number; readonly value: number; readonly text: string }
  | { readonly kind: 'variable'; readonly id: number; readonly name: string }
  | {
      readonly kind: 'binary';
      readonly id: number;
      readonly op: '+' | '-' | '*' | '/';
      readonly left: ExpressionNode;
      readonly right: ExpressionNode;
    }
  | { readonly kind: 'power'; readonly id: number; readonly base: ExpressionNode; readonly exponent: number }
  | { readonly kind: 'negate'; readonly id: number; readonly operand: ExpressionNode }
  | {
      readonly kind: 'call';
      readonly id: number;
      readonly fn: FunctionName;
      readonly argument: ExpressionNode;
    };

interface Token {
  readonly type: 'number' | 'name' | 'op' | '(' | ')' | 'end';
  readonly text: string;
  /** 1-based column of its first character. */
  readonly column: number;
}

const OPERATOR_ALIASES: Record<string, string> = { '−': '-', '·': '*', '×': '*', '∗': '*' };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const column = i + 1;
    const number = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i));
    if (number) {
      tokens.push({ type: 'number', text: number[0], column });
      i += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_\u0370-\u03ff][A-Za-z0-9_\u0370-\u03ff]*/.exec(source.slice(i));
    if (name) {
      tokens.push({ type: 'name', text: name[0], column });
      i += name[0].length;
      continue;
    }
    if (source.startsWith('**', i)) {
      tokens.push({ type: 'op', text: '^', column });
      i += 2;
      continue;
    }
    const op = OPERATOR_ALIASES[ch] ?? ch;
    if ('+-*/^'.includes(op)) tokens.push({ type: 'op', text: op, column });
    else if (ch === '(' || ch === ')') tokens.push({ type: ch, text: ch, column });
    else
      throw new ExpressionError('unexpected-character', `Unexpected “${ch}” at column ${column}.`, {
        column,
        token: ch,
      });
    i++;
  }
  tokens.push({ type: 'end', text: '', column: source.length + 1 });
  return tokens;
}

/**
 * Parses an expression.
 *
 * @throws ExpressionError with the column where it stopped.
 * @example
 * parseExpression('(a*b + c)*f');   // binary * of (binary + …) and variable f
 * parseExpression('a +');           // throws: unexpected-end at column 4
 */
export function parseExpression(source: string): ExpressionNode {
  if (source.trim() === '')
    throw new ExpressionError('empty', 'The expression is empty.', { column: 1, token: '' });
  const tokens = tokenize(source);
  let position = 0;
  let nextId = 0;
  const peek = (): Token => tokens[position] as Token;
  const take = (): Token => tokens[position++] as Token;
  const fail = (token: Token): never => {
    if (token.type === 'end')
      throw new ExpressionError(
        'unexpected-end',
        `The expression ends too early at column ${token.column}.`,
        {
          column: token.column,
          token: '',
        },
      );
    throw new ExpressionError('unexpected-token', `Unexpected “${token.text}” at column ${token.column}.`, {
      column: token.column,
      token: token.text,
    });
  };

  const closing = (open: Token): void => {
    const token = peek();
    if (token.type === ')') {
      take();
      return;
    }
    if (token.type === 'end')
      throw new ExpressionError('unclosed-parenthesis', `The “(” at column ${open.column} is never closed.`, {
        column: open.column,
        token: '(',
      });
    fail(token);
  };

  const atom = (): ExpressionNode => {
    const token = take();
    if (token.type === 'number')
      return { kind: 'number', id: nextId++, value: Number(token.text), text: token.text };
    if (token.type === '(') {
      const inner = sum();
      closing(token);
      return inner;
    }
    if (token.type === 'name') {
      if (peek().type === '(') {
        const open = take();
        if (!(FUNCTIONS as readonly string[]).includes(token.text))
          throw new ExpressionError(
            'unknown-function',
            `Unknown function “${token.text}” at column ${token.column}.`,
            {
              column: token.column,
              token: token.text,
            },
          );
        const argument = sum();
        closing(open);
        return { kind: 'call', id: nextId++, fn: token.text as FunctionName, argument };
      }
      return { kind: 'variable', id: nextId++, name: token.text };
    }
    return fail(token);
  };

  const constantExponent = (start: Token): number => {
    let sign = 1;
    while (peek().type === 'op' && peek().text === '-') {
      take();
      sign = -sign;
    }
    const token = peek();
    if (token.type === 'number') {
      take();
      // Right-associative: 2^3^2 = 2^(3^2).
      if (peek().type === 'op' && peek().text === '^') {
        take();
        return sign * Number(token.text) ** constantExponent(start);
      }
      return sign * Number(token.text);
    }
    if (token.type === '(') {
      const open = take();
      const value = constantExponent(start);
      closing(open);
      return sign * value;
    }
    if (token.type === 'name')
      throw new ExpressionError(
        'variable-exponent',
        `The exponent at column ${token.column} must be a number.`,
        {
          column: token.column,
          token: token.text,
        },
      );
    return fail(token);
  };

  const power = (): ExpressionNode => {
    const base = atom();
    if (peek().type === 'op' && peek().text === '^') {
      const caret = take();
      return { kind: 'power', id: nextId++, base, exponent: constantExponent(caret) };
    }
    return base;
  };

  const unary = (): ExpressionNode => {
    if (peek().type === 'op' && peek().text === '-') {
      take();
      const operand = unary();
      return { kind: 'negate', id: nextId++, operand };
    }
    return power();
  };

  const product = (): ExpressionNode => {
    let left = unary();
    while (peek().type === 'op' && (peek().text === '*' || peek().text === '/')) {
      const op = take().text as '*' | '/';
      left = { kind: 'binary', id: nextId++, op, left, right: unary() };
    }
    return left;
  };

  function sum(): ExpressionNode {
    let left = product();
    while (peek().type === 'op' && (peek().text === '+' || peek().text === '-')) {
      const op = take().text as '+' | '-';
      left = { kind: 'binary', id: nextId++, op, left, right: product() };
    }
    return left;
  }

  const root = sum();
  if (peek().type !== 'end') fail(peek());
  return root;
}

/** The distinct variable names of an expression, in the order they first appear. */
export function variablesOf(node: ExpressionNode): string[] {
  const names: string[] = [];
  const visit = (n: ExpressionNode): void => {
    switch (n.kind) {
      case 'variable':
        if (!names.includes(n.name)) names.push(n.name);
        return;
      case 'binary':
        visit(n.left);
        visit(n.right);
        return;
      case 'power':
        visit(n.base);
        return;
      case 'negate':
        visit(n.operand);
        return;
      case 'call':
        visit(n.argument);
        return;
      case 'number':
        return;
    }
  };
  visit(node);
  return names;
}

/** Evaluates an expression in float64 (used for central differences and for typed backward formulas). */
export function evaluateExpression(node: ExpressionNode, values: Readonly<Record<string, number>>): number {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'variable':
      return values[node.name] ?? Number.NaN;
    case 'negate':
      return -evaluateExpression(node.operand, values);
    case 'power':
      return evaluateExpression(node.base, values) ** node.exponent;
    case 'binary': {
      const a = evaluateExpression(node.left, values);
      const b = evaluateExpression(node.right, values);
      return node.op === '+' ? a + b : node.op === '-' ? a - b : node.op === '*' ? a * b : a / b;
    }
    case 'call':
      return applyFunction(node.fn, evaluateExpression(node.argument, values));
  }
}

/** One of the named functions on a float64 number. */
export function applyFunction(fn: FunctionName, x: number): number {
  switch (fn) {
    case 'exp':
      return Math.exp(x);
    case 'log':
      return Math.log(x);
    case 'tanh':
      return Math.tanh(x);
    case 'sigmoid':
      return 1 / (1 + Math.exp(-x));
    case 'relu':
      return Math.max(0, x);
  }
}
