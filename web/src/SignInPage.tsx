// Sign-in with name and password; when the server runs the demo, its users
// are listed and one click fills the form.
import { useState, type FormEvent } from 'react';

import { ApiError } from './api/client';
import { useInfo } from './api/info';
import { useSession } from './auth/session';
import { ErrorNotice } from './components/ErrorNotice';
import { Field } from './components/Field';
import { useI18n } from './i18n/i18n';
import { ROLE_LABEL } from './i18n/labels';

export function SignInPage() {
  const { t } = useI18n();
  const { signIn, ended } = useSession();
  const info = useInfo();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(name.trim(), password);
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? new Error(t('signIn.wrong')) : e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="sign-in">
      <h1>{t('signIn.title')}</h1>
      {ended && (
        <p className="notice notice-warning" role="status">
          {t('signIn.ended')}
        </p>
      )}
      <form onSubmit={submit} className="card" aria-label={t('signIn.title')}>
        <Field id="sign-in-name" label={t('signIn.name')}>
          {(p) => (
            <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="username" required />
          )}
        </Field>
        <Field id="sign-in-password" label={t('signIn.password')}>
          {(p) => (
            <input
              {...p}
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              required
            />
          )}
        </Field>
        <ErrorNotice error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      {info?.demo && info.demo_sign_ins && (
        <section className="card demo-sign-ins" aria-labelledby="demo-sign-ins-title">
          <h2 id="demo-sign-ins-title">{t('signIn.demoTitle')}</h2>
          <p>{t('signIn.demoHint')}</p>
          <ul>
            {info.demo_sign_ins.map((demo) => (
              <li key={demo.name}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setName(demo.name);
                    setPassword(demo.password);
                  }}
                >
                  {demo.name}
                </button>{' '}
                <span>
                  {t(ROLE_LABEL[demo.role])} · {t('signIn.password')}: <code>{demo.password}</code>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
