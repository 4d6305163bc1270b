// Switches the console's language (remembered for the next visit).
import { useI18n } from '../i18n/i18n';
import { isLanguage } from '../i18n/detect';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/messages';

export function LanguageSelector() {
  const { t, language, setLanguage } = useI18n();
  return (
    <div className="language-selector">
      <label htmlFor="language">{t('language.label')}</label>
      <select
        id="language"
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) setLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
