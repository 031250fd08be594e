import { Inline, Pressable, xcss } from '@atlaskit/primitives';
import { type KeyboardEvent, useRef } from 'react';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  testId: string;
}

const tabStyles = xcss({
  backgroundColor: 'color.background.neutral.subtle',
  color: 'color.text.subtle',
  font: 'font.body',
  fontWeight: 'font.weight.medium',
  paddingBlock: 'space.100',
  paddingInline: 'space.150',
  borderBlockEndWidth: 'border.width.selected',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
  ':hover': { color: 'color.text', backgroundColor: 'color.background.neutral.subtle.hovered' },
});

const selectedStyles = xcss({
  color: 'color.text.selected',
  borderBlockEndColor: 'color.border.selected',
  ':hover': { color: 'color.text.selected' },
});

interface TabsProps<T extends string> {
  tabs: readonly TabSpec<T>[];
  selected: T;
  onSelect: (id: T) => void;
  /** Names the tab panels: each panel's id is `<idPrefix>-panel-<tab id>`. */
  idPrefix: string;
  label: string;
}

/**
 * Tabs as the ARIA pattern has them (`@atlaskit/tabs` is not installed): a tablist of buttons,
 * arrow keys move between them, the selected one is the only one in the tab order.
 */
export function Tabs<T extends string>({ tabs, selected, onSelect, idPrefix, label }: TabsProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = tabs.findIndex((tab) => tab.id === selected);
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    refs.current.get(next.id)?.focus();
  };

  return (
    <div role="tablist" aria-label={label} onKeyDown={move}>
      <Inline space="space.0">
        {tabs.map((tab) => {
          const isSelected = tab.id === selected;
          return (
            <Pressable
              key={tab.id}
              ref={(element: HTMLButtonElement | null) => {
                if (element) refs.current.set(tab.id, element);
                else refs.current.delete(tab.id);
              }}
              role="tab"
              id={`${idPrefix}-tab-${tab.id}`}
              aria-selected={isSelected}
              aria-controls={`${idPrefix}-panel-${tab.id}`}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => onSelect(tab.id)}
              xcss={[tabStyles, isSelected ? selectedStyles : undefined]}
              testId={tab.testId}
            >
              {tab.label}
            </Pressable>
          );
        })}
      </Inline>
    </div>
  );
}
