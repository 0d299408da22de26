import { globalActionFor, isTypingTarget } from './keys';

const press = (key: string, target: EventTarget | null = document.body, extra: Partial<KeyboardEvent> = {}) =>
  globalActionFor({ key, target, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, ...extra });

describe('globalActionFor', () => {
  it('maps ?, / and Esc on the page', () => {
    expect(press('?')).toBe('help');
    expect(press('/')).toBe('search');
    expect(press('Escape')).toBe('back');
    expect(press('x')).toBeNull();
  });

  it('stays quiet while typing, with modifiers, and when someone else handled the key', () => {
    const input = document.createElement('input');
    expect(press('/', input)).toBeNull();
    expect(press('?', document.createElement('textarea'))).toBeNull();
    expect(press('/', document.body, { ctrlKey: true })).toBeNull();
    expect(press('?', document.body, { defaultPrevented: true })).toBeNull();
  });

  it('leaves Esc inside a dialog to the dialog', () => {
    const dialog = document.createElement('dialog');
    const button = document.createElement('button');
    dialog.append(button);
    document.body.append(dialog);
    expect(press('Escape', button)).toBeNull();
    dialog.remove();
  });
});

describe('isTypingTarget', () => {
  it('counts text fields, selects and editable content, not buttons or checkboxes', () => {
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    expect(isTypingTarget(document.createElement('input'))).toBe(true);
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    // jsdom does not compute isContentEditable; the browser does.
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isTypingTarget(editable)).toBe(true);
  });
});
