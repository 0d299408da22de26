import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FieldDiff } from '../../../api/schemas';
import { fieldRow, HUGE_BYTES } from './diff-model';
import { FieldRow } from './field-row';

const values = () => [...document.querySelectorAll('.diff-cell-value')].map((c) => c.textContent);
const show = (field: string, diff: FieldDiff, view: 'split' | 'unified' = 'split', type = 'update') =>
  render(
    <table>
      <tbody>
        <FieldRow row={fieldRow(field, diff, type)} view={view} />
      </tbody>
    </table>,
  );

describe('FieldRow', () => {
  it('names removed and added words for screen readers, not only by colour', () => {
    show('instance_type', { from: 'n1-standard-2', to: 'n1-standard-8' });
    expect(document.querySelector('del')).toHaveTextContent('[removed: 2]');
    expect(document.querySelector('ins')).toHaveTextContent('[added: 8]');
  });

  it('shows booleans as on/off words and flags a change of type', () => {
    show('public_ip_enabled', { from: false, to: true });
    expect(values()).toEqual(['off (false)', 'on (true)']);
    show('size', { from: 100, to: '100' });
    expect(screen.getByText('⚠ type changed: number → text')).toBeInTheDocument();
  });

  it('shows JSON outside the contract (an object, a list of numbers) as JSON, diffed by line', () => {
    show('spec', { from: { cpu: 2, disk: 'nvme' }, to: { cpu: 4, disk: 'nvme' } });
    const [before, after] = values();
    expect(before).toContain('"cpu": [removed: 2],');
    expect(after).toContain('"cpu": [added: 4],');
    expect(after).toContain('"disk": "nvme"');
    expect([...document.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['[removed: 2]']);
    expect([...document.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['[added: 4]']);
    show('ports', { from: [22, 80], to: 'any' }, 'split', 'update');
    expect(screen.getByText('⚠ type changed: JSON → text')).toBeInTheDocument();
    expect(values().slice(2)).toEqual(['[  22,  80]', 'any']);
    expect(document.body.textContent).not.toContain('[object Object]');
  });

  it('writes a number the same way side by side and unified: grouped, its decimals kept', () => {
    show('ratio', { from: 1234.123456, to: 2500.5 });
    expect(values()).toEqual(['1,234.123456', '2,500.5 +1,266.376544']);
    show('ratio', { from: 1234.123456, to: 2500.5 }, 'unified');
    expect([...document.querySelectorAll('tr')].at(-1)?.textContent).toContain('1,234.123456 → 2,500.5 +1,266.376544');
  });

  it('tells null, empty text, empty list and a missing side apart', () => {
    show('a', { from: null, to: '' });
    show('b', { to: [] });
    expect(values()).toEqual(['null', '(empty text)', '(not set)', '(empty list)']);
  });

  it('lays a list out row for row side by side: a kept item is on the same row in Before and After', () => {
    show('tags', { from: ['ethereum', 'validator'], to: ['validator'] });
    const [before, after] = [...document.querySelectorAll('.diff-cell')].map((c) => [...c.querySelectorAll('li')]);
    expect(before!.findIndex((li) => li.textContent === ' validator')).toBe(1);
    expect(after!.findIndex((li) => li.textContent === ' validator')).toBe(1);
    // The slot facing "ethereum" is empty and hidden from screen readers.
    expect(after![0]).toHaveAttribute('aria-hidden', 'true');
    expect(after![0]).toHaveTextContent(/^$/);
  });

  it('keeps a multi-line value row for row side by side: an unpaired line faces an empty slot as tall as it', () => {
    show('user_data', { from: 'runcmd:\n  - a\n  - b\n  - c\nend', to: 'runcmd:\n  - A\nend' });
    const [before, after] = [...document.querySelectorAll('.diff-cell')].map((c) => [...c.querySelectorAll('.diff-line')]);
    expect(before!.map((l) => l.querySelector('.diff-line-text > span')!.textContent)).toEqual(['runcmd:', '  - [removed: a]', '  - b', '  - c', 'end']);
    expect(after!.map((l) => l.querySelector('.diff-line-text > span')!.textContent)).toEqual(['runcmd:', '  - [added: A]', '\u200b', '\u200b', 'end']);
    expect(after![2]).toHaveAttribute('aria-hidden', 'true');
    expect(after![2]!.querySelector('[data-faces]')).toHaveAttribute('data-faces', '  - b');
  });

  it('folds long lists past 20 items until "Show all", both columns alike so their rows stay level', async () => {
    const ports = Array.from({ length: 60 }, (_, i) => String(30000 + i));
    show('destination_ports', { from: ports, to: [...ports, '8080'] });
    // Both sides hide the same run and show the same context around the added item.
    expect(screen.getAllByText('⋯ 58 unchanged items')).toHaveLength(2);
    expect(screen.queryByText('30000')).toBeNull();
    expect(screen.getAllByText('30059')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: /Show all/ }));
    expect(screen.getAllByText('30000')).toHaveLength(2);
    expect(screen.getByText('added:')).toBeInTheDocument();
  });

  it('folds a create\'s long value as more of it, not as unchanged lines or items', () => {
    const script = Array.from({ length: 40 }, (_, i) => `- echo step-${i}`).join('\n');
    show('user_data', { from: '', to: script }, 'split', 'create');
    show('tags', { to: Array.from({ length: 30 }, (_, i) => `tag-${i}`) }, 'split', 'create');
    expect(screen.getByText('⋯ 20 more lines')).toBeInTheDocument();
    expect(screen.getByText('⋯ 10 more items')).toBeInTheDocument();
    expect(screen.queryByText(/unchanged (line|item)/)).toBeNull();
  });

  it('Show all of a 10,000-item list shows 1,000 items a side at a time, then more on demand', async () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `sg-${i}`);
    show('security_groups', { from: ids, to: [...ids, 'sg-new'] });
    await userEvent.click(screen.getByRole('button', { name: /Show all/ }));
    expect(screen.getAllByText('sg-999')).toHaveLength(2);
    expect(screen.queryByText('sg-1000')).toBeNull();
    const more = screen.getAllByRole('button', { name: 'Show 1,000 more items (9,000 not shown)' });
    expect(more).toHaveLength(1); // Before; After has 9,001 left
    expect(screen.getByRole('button', { name: 'Show 1,000 more items (9,001 not shown)' })).toBeInTheDocument();
    await userEvent.click(more[0]!);
    expect(screen.getAllByText('sg-1999')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Show 1,000 more items (8,000 not shown)' })).toBeInTheDocument();
  });

  it('says "reordered only" when the same items moved', () => {
    show('destination_ports', { from: ['22', '80'], to: ['80', '22'] });
    expect(screen.getByText('reordered only')).toBeInTheDocument();
  });

  it('shows a 100 KB value without diffing, with a note, folded', () => {
    show('user_data', { from: 'x'.repeat(HUGE_BYTES), to: 'y' });
    expect(screen.getByText('100 KB: shown without diffing')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Show all/ })).toBeInTheDocument();
  });

  it('unified view shows − before and + after in one column', () => {
    show('size', { from: 100, to: 250 }, 'unified');
    expect(screen.getByRole('cell')).toHaveTextContent('100 → 250 +150');
    show('vm_id', { from: null, to: 'abc' }, 'unified');
    expect(screen.getAllByRole('cell')[1]).toHaveTextContent('−removed: null+added: abc');
  });

  it('copies each value: strings as they are, lists as JSON', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    show('tags', { from: ['a'], to: ['a', 'b'] });
    await userEvent.click(screen.getByRole('button', { name: 'Copy After value of tags' }));
    expect(writeText).toHaveBeenCalledWith('["a","b"]');
    show('name', { from: 'vm a', to: 'vm b' }, 'unified');
    await userEvent.click(screen.getByRole('button', { name: 'Copy Before value of name' }));
    expect(writeText).toHaveBeenLastCalledWith('vm a');
  });
});
