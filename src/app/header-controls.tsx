// Header tools shared by every page: go to an operation, time zone, theme, and the shortcuts list.
import { themePreference, timeZonePreference } from '../components/preferences';
import { SegmentedControl, type Segment } from '../components/segmented-control';
import { GoToOperation } from '../features/operations/go-to/go-to-operation';
import { setShortcutsHelpOpen } from '../features/shortcuts/shortcuts-help';
import { useApplyTheme, type ThemeChoice } from './theme';
import './header-controls.css';

const THEMES: readonly Segment<ThemeChoice>[] = [
  { value: 'system', label: 'Auto', icon: '◐' },
  { value: 'light', label: 'Light', icon: '☀' },
  { value: 'dark', label: 'Dark', icon: '☾' },
];
const ZONES = [
  { value: 'local', label: 'Local' },
  { value: 'utc', label: 'UTC' },
] as const;

export function HeaderControls() {
  const [theme, setTheme] = themePreference.use();
  const [zone, setZone] = timeZonePreference.use();
  useApplyTheme();
  return (
    <div className="header-controls">
      <GoToOperation />
      <SegmentedControl label="Time zone" value={zone} options={ZONES} onChange={setZone} />
      <SegmentedControl label="Theme" value={theme} options={THEMES} onChange={setTheme} />
      <button
        type="button"
        className="button header-help"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        aria-haspopup="dialog"
        onClick={() => setShortcutsHelpOpen(true)}
      >
        ?
      </button>
    </div>
  );
}
