// The name of a profile's code (a component kind, a checklist item or part,
// a grade) in the reader's language: the profile's own translation when it
// has one, else its name.
import type { Language } from './messages';

export interface Named {
  name: string;
  names?: Record<string, string | undefined>;
  local?: string;
}

export function localName(item: Named, language: Language): string {
  return item.names?.[language] || item.name;
}
