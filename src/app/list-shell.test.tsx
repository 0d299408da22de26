// @vitest-environment node
// What vite.config.ts puts into index.html for src/app/prepaint.tsx: React's server render of a list page, in Node.
import { describe, expect, it } from 'vitest';
import { renderListShell, SHELL_PROJECT } from './list-shell';

describe('the list template (built into index.html)', () => {
  const html = renderListShell();

  it('is the list page with page 1 loaded: header, toolbar, overview placeholder, the table and its one template row', () => {
    for (const part of ['class="app-header"', 'class="ops-status-text"', 'class="export-menu"', 'class="overview-placeholder"', 'role="table"', 'class="ops-body"'])
      expect(html).toContain(part);
    expect(html.match(/role="row"/g)).toHaveLength(2);
    expect(html).toContain(`<strong>${SHELL_PROJECT.slice(0, 8)}…</strong>`);
  });

  it('holds no inline style (the CSP refuses them; prepaint.tsx sets its lengths through the CSSOM) and no script', () => {
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script|<template/i);
  });
});
