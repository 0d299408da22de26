import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeOperation } from '../../../test/operations';
import { changesCell } from './row-cells';

describe('the list’s Changes cell', () => {
  it('counts the changed fields and names the first two in the detail page’s order', () => {
    const changes = { tags: { to: ['a'] }, name: { from: 'a', to: 'b' }, Size: { from: 1, to: 2 } };
    expect(changesCell(makeOperation({ details: { changes } }))).toBe('3 · Size, name, …');
    expect(changesCell(makeOperation({ details: { changes: { name: changes.name } } }))).toBe('1 · name');
  });

  it('shows a dash when nothing was recorded', () => {
    for (const details of [null, { changes: {} }]) {
      const { container, unmount } = render(<>{changesCell(makeOperation({ details }))}</>);
      expect(container).toHaveTextContent(/^—$/);
      unmount();
    }
  });
});
