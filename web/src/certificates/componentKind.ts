// A safety-component kind as the regulation profile names it (in Korean its
// local name, where the profile has one); the code when the profile does not
// know it.
import type { Profile } from '../api/types';
import type { Language } from '../i18n/messages';

export function componentKindName(profile: Profile | null, code: string, language: Language): string {
  const kind = profile?.component_kinds.find((k) => k.code === code);
  if (!kind) return code;
  return language === 'ko' && kind.local ? kind.local : kind.name;
}
