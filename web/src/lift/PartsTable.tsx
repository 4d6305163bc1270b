// The certified safety components fitted in a lift, each with its
// certificate's holder, validity and status.
import { useEffect, useState } from 'react';

import type { Certificate, LiftPart, Profile } from '../api/types';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { localName } from '../i18n/localName';

export function PartsTable({ parts, profile }: { parts: LiftPart[]; profile: Profile | null }) {
  const { t, language } = useI18n();
  const { client } = useSession();
  const [certificates, setCertificates] = useState<Record<string, Certificate>>({});

  useEffect(() => {
    let live = true;
    const numbers = [...new Set(parts.map((p) => p.certificate_no))];
    Promise.all(numbers.map((no) => client.get<Certificate>(`/certificates/${encodeURIComponent(no)}`).catch(() => null)))
      .then((found) => {
        if (!live) return;
        const map: Record<string, Certificate> = {};
        for (const c of found) if (c) map[c.certificate_no] = c;
        setCertificates(map);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, parts]);

  const kindName = (code: string) => {
    const kind = profile?.component_kinds.find((k) => k.code === code);
    return kind ? localName(kind, language) : code;
  };

  if (parts.length === 0) return <p className="empty">{t('parts.none')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('parts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('parts.component')}</th>
            <th scope="col">{t('parts.serial')}</th>
            <th scope="col">{t('parts.certificate')}</th>
            <th scope="col">{t('parts.holder')}</th>
            <th scope="col">{t('lift.validUntil')}</th>
            <th scope="col">{t('parts.status')}</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((part) => {
            const c = certificates[part.certificate_no];
            return (
              <tr key={part.id}>
                <th scope="row">{kindName(part.component_kind)}</th>
                <td>{part.serial_no || '–'}</td>
                <td>{part.certificate_no}</td>
                <td>{c?.holder || c?.manufacturer || '–'}</td>
                <td>{c?.valid_until || '–'}</td>
                <td>{c ? <span className={`badge badge-cert-${c.status}`}>{c.status}</span> : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
