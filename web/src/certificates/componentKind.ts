// A safety-component kind as the regulation profile names it in the
// reader's language (localName); the code when the profile does not know it.
import type { Profile } from '../api/types';
import { localName } from '../i18n/localName';
import type { Language } from '../i18n/messages';

export function componentKindName(profile: Profile | null, code: string, language: Language): string {
  const kind = profile?.component_kinds.find((k) => k.code === code);
  return kind ? localName(kind, language) : code;
}
