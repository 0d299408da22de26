import { render } from '@testing-library/react';
import { createElement, memo, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { makeOperation } from '../test/operations';
import { operationRow } from '../features/operations/list/operation-row';
import { toDom } from './static-dom';

const html = (node: Node) => new XMLSerializer().serializeToString(node);

/** What React's own renderer makes of `node`, and what toDom makes of it, as two containers. */
function both(node: ReactNode) {
  const react = render(<>{node}</>).container;
  const mine = document.createElement('div');
  mine.append(toDom(node));
  return { react, mine };
}

describe('toDom (the first screenful drawn before React)', () => {
  it('draws a table row exactly as React does: elements, attributes, styles and text', () => {
    const ctx = { zone: 'local' as const, tick: 0, now: Date.parse('2026-12-05T12:00:00Z') };
    const ops = [
      makeOperation({ status: 'running', kind: 'nks_node_pool', details: { changes: { tags: { from: ['a'], to: ['b'] }, name: { from: 'x', to: 'x' } } } }),
      makeOperation({ status: 'exploded' as never, kind: 'quantum_link' as never, type: 'teleport' as never, details: null }),
    ];
    for (const [index, op] of ops.entries()) {
      const row = operationRow({ op, index, focused: index === 1, tabbable: index === 0, flash: index === 1, ctx });
      const { react, mine } = both(row);
      // isEqualNode compares attributes whatever their order, and every descendant.
      expect(mine.isEqualNode(react), `${html(mine)}\n!=\n${html(react)}`).toBe(true);
    }
  });

  it('takes hook-free function components, memo ones and fragments, and leaves event handlers to React', () => {
    const Label = ({ text }: { text: string }) => <b data-x={text}>{text}</b>;
    const Memo = memo(Label);
    const node = (
      <ul className="a" aria-label="list" hidden={false}>
        <>
          <Label text="one" />
          <Memo text="two" />
        </>
        {[<li key="3" tabIndex={-1} onClick={() => undefined}>three {3}</li>, null, false, undefined]}
        <li style={{ height: 37, transform: 'translateY(37px)' }} data-on aria-expanded={false} hidden />
      </ul>
    );
    const { react, mine } = both(node);
    expect(mine.isEqualNode(react), `${html(mine)}\n!=\n${html(react)}`).toBe(true);
    expect(mine.querySelector('li')?.onclick).toBeNull();
  });

  it('puts text from the API in as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const mine = toDom(<span title={hostile}>{hostile}</span>);
    expect(mine.querySelector('img')).toBeNull();
    expect(mine.textContent).toBe(hostile);
    expect(mine.querySelector('span')?.getAttribute('title')).toBe(hostile);
  });

  it('refuses what it cannot draw as React would, so the caller leaves the page to React', () => {
    // A lazy component (or any other kind React alone can draw: context, portals, Suspense).
    const lazy = { $$typeof: Symbol.for('react.lazy') } as unknown as 'div';
    expect(() => toDom(createElement(lazy))).toThrow(TypeError);
    // eslint-disable-next-line no-restricted-syntax -- the point: toDom refuses it
    expect(() => toDom(<div dangerouslySetInnerHTML={{ __html: '<b>x</b>' }} />)).toThrow(TypeError);
  });
});
