// A toolbar button disclosing a menu of controls (the kind/status/type filters, the created-at range): one trigger,
// one popup, Escape and outside presses close it (useDisclosure). The menu's content is made only while it is open.
import { useRef, type ReactNode } from 'react';
import { useInViewport } from '../../../components/use-in-viewport';
import { useDisclosure } from '../../../components/use-dismiss';

interface Props {
  label: string;
  /** Shown after the label on the button (what the filter holds now), part of its accessible name. */
  summary?: ReactNode;
  menuClassName?: string;
  /** The menu's content, given a function that closes it (and puts focus back on its button). */
  children: (close: () => void) => ReactNode;
}

export function SelectMenu({ label, summary, menuClassName, children }: Props) {
  const { open, setOpen, ref, button, menuId, closeToTrigger } = useDisclosure();
  const menu = useRef<HTMLFieldSetElement>(null);
  useInViewport(menu, open);
  return (
    <div ref={ref} className="ops-select">
      <button ref={button} type="button" className="button" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen((o) => !o)}>
        {label}
        {summary}
      </button>
      {open ? (
        <fieldset ref={menu} id={menuId} className={menuClassName ? `ops-select-menu ${menuClassName}` : 'ops-select-menu'}>
          <legend className="visually-hidden">{label}</legend>
          {children(closeToTrigger)}
        </fieldset>
      ) : null}
    </div>
  );
}
