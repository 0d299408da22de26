import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeOperation } from '../../../test/operations';
import { changedFields, changesCell } from './row-cells';

describe('the list’s Changes cell', () => {
  it('counts the changed fields and names the first two in the detail page’s order', () => {
    const changes = { tags: { to: ['a'] }, name: { from: 'a', to: 'b' }, Size: { from: 1, to: 2 } };
    expect(changesCell(makeOperation({ details: { changes } }))).toBe('3 · Size, name, …');
    expect(changesCell(makeOperation({ details: { changes: { name: changes.name } } }))).toBe('1 · name');
  });

  it('counts and names only the fields that changed, as the detail page does: from = to is no change', () => {
    const changes = { name: { from: 'vpc-relay-88', to: 'vpc-relay-88' }, tags: { from: ['ethereum', 'validator'], to: ['validator'] } };
    const op = makeOperation({ details: { changes } });
    expect(changesCell(op)).toBe('1 · tags');
    expect(changedFields(op)).toBe('tags; unchanged: name');
  });

  it('says “unchanged” when every field was sent with the same from and to, not “0”', () => {
    const op = makeOperation({ details: { changes: { name: { from: 'a', to: 'a' } } } });
    const { container } = render(<>{changesCell(op)}</>);
    expect(container).toHaveTextContent(/^unchanged$/);
    expect(changedFields(op)).toBe('unchanged: name');
  });

  it('shows a dash when nothing was recorded', () => {
    for (const details of [null, { changes: {} }]) {
      const { container, unmount } = render(<>{changesCell(makeOperation({ details }))}</>);
      expect(container).toHaveTextContent(/^—$/);
      unmount();
    }
  });
});
