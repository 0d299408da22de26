import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton, copyText } from './copy-button';

const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
afterEach(() => {
  if (original) Object.defineProperty(navigator, 'clipboard', original);
  else delete (navigator as { clipboard?: unknown }).clipboard;
  delete (document as { execCommand?: unknown }).execCommand;
});

function withoutClipboardApi(copied: string[], works = true) {
  // As over plain HTTP on a LAN address: no navigator.clipboard at all.
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  Object.assign(document, {
    execCommand: vi.fn((command: string) => {
      // What the browser copies: the selected text of the page.
      const area = document.querySelector('textarea')!;
      if (command === 'copy' && works) copied.push(area.value.slice(area.selectionStart, area.selectionEnd));
      return works;
    }),
  });
}

describe('copyText', () => {
  it('without the Clipboard API (not a secure context), copies by selection and gives the focus back', async () => {
    const copied: string[] = [];
    withoutClipboardApi(copied);
    render(<CopyButton value="643e4891-f8fe" label="Copy operation id" />);
    const button = screen.getByRole('button', { name: 'Copy operation id' });
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-copied', 'ok'));
    expect(copied).toEqual(['643e4891-f8fe']);
    expect(button).toHaveFocus();
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('says it failed when neither way works', async () => {
    withoutClipboardApi([], false);
    expect(await copyText('x')).toBe(false);
  });
});
