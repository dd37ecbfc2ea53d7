/**
 * Edit › Undo and Redo in the desktop menu: they send `undo` and `redo` to the page (which undoes
 * typing in a text field, otherwise the last quote or tag action; see tests/browser/evidence.test.ts),
 * never the native roles, which could only undo typing. Tested on plain Node, without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_COMMANDS } from '../../shared/api/wire';
import { buildMenuTemplate, type MenuActions } from '../../electron/main/menu';

function editMenu(platform: NodeJS.Platform) {
  const actions = { command: vi.fn(), backupStore: vi.fn(), about: vi.fn() } satisfies MenuActions;
  const template = buildMenuTemplate(actions, { platform, isPackaged: true, appName: 'Scrutiny Workbench' });
  const edit = template.find((item) => item.label === '&Edit');
  if (!edit || !Array.isArray(edit.submenu)) throw new Error('No Edit menu');
  const items = edit.submenu as MenuItemConstructorOptions[];
  const item = (label: string) => {
    const found = items.find((i) => i.label === label);
    if (!found) throw new Error(`No ${label} item`);
    return found;
  };
  const click = (label: string) => (item(label).click as () => void)();
  return { actions, items, item, click };
}

describe('Edit › Undo and Redo', () => {
  it.each(['win32', 'linux', 'darwin'] as const)('send undo and redo to the page on %s, in place of the native roles', (platform) => {
    const { actions, items, click } = editMenu(platform);
    expect(items.some((i) => i.role === 'undo' || i.role === 'redo')).toBe(false);
    click('Undo');
    expect(actions.command).toHaveBeenLastCalledWith('undo');
    click('Redo');
    expect(actions.command).toHaveBeenLastCalledWith('redo');
    expect(actions.command).toHaveBeenCalledTimes(2);
    // Undo and Redo come first, as they did; cut, copy, paste and select all stay native.
    expect(items.slice(0, 2).map((i) => i.label)).toEqual(['Undo', 'Redo']);
    expect(items.filter((i) => i.role).map((i) => i.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('are commands the page knows', () => {
    expect(APP_COMMANDS).toContain('undo');
    expect(APP_COMMANDS).toContain('redo');
  });

  it('show the usual shortcuts for each platform', () => {
    expect(editMenu('win32').item('Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(editMenu('win32').item('Redo').accelerator).toBe('Ctrl+Y');
    expect(editMenu('linux').item('Redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(editMenu('darwin').item('Redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
  });

  it('leave the keys to the page on Windows and Linux, so that nothing is undone twice', () => {
    // The page handles Ctrl+Z itself (a text field its typing, elsewhere the last action); macOS
    // always registers menu shortcuts, and its text fields need the menu for ⌘Z.
    expect(editMenu('win32').item('Undo').registerAccelerator).toBe(false);
    expect(editMenu('linux').item('Redo').registerAccelerator).toBe(false);
    expect(editMenu('darwin').item('Undo').registerAccelerator).toBe(true);
  });
});
