import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { I18nProvider, useI18n } from '../i18n/i18n';
import { LANGUAGE_STORAGE_KEY } from '../i18n/detect';
import { LanguageSelector } from './LanguageSelector';

function Title() {
  const { t, formatNumber } = useI18n();
  return (
    <h1>
      {t('fleet.title')} {formatNumber(1234.5, 1)}
    </h1>
  );
}

describe('LanguageSelector', () => {
  it('switches every text, the number format and the page language, and remembers the choice', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider language="en">
        <LanguageSelector />
        <Title />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Fleet 1,234.5');

    await user.selectOptions(screen.getByLabelText('Language'), '한국어');
    expect(screen.getByRole('heading')).toHaveTextContent('승강기 현황 1,234.5');
    expect(document.documentElement.lang).toBe('ko');

    await user.selectOptions(screen.getByLabelText('언어'), 'ru');
    expect(screen.getByRole('heading')).toHaveTextContent(/Парк лифтов 1\s234,5/);
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ru');
    expect(screen.getByLabelText('Язык')).toHaveValue('ru');
  });
});
