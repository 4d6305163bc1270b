// A certificate's state in words: the registry's status (valid, suspended,
// revoked), and a valid one whose end date has passed as expired; with what
// its end date means in that state.
import type { Certificate } from '../api/types';
import type { MessageKey } from '../i18n/messages';
import type { CertificateSubject } from './types';

export type CertificateState = 'valid' | 'expired' | 'suspended' | 'revoked';

// `today` and `valid_until` are ISO dates (YYYY-MM-DD), so they compare as text.
// A certificate is valid through its valid_until day.
export function certificateState(c: Pick<Certificate, 'status' | 'valid_until'>, today: string): CertificateState {
  if (c.status === 'suspended' || c.status === 'revoked') return c.status;
  return c.valid_until && c.valid_until < today ? 'expired' : 'valid';
}

export const STATE_LABEL: Record<CertificateState, MessageKey> = {
  valid: 'certificate.state.valid',
  expired: 'certificate.state.expired',
  suspended: 'certificate.state.suspended',
  revoked: 'certificate.state.revoked',
};

// What the state means for what the certificate covers.
export const STATE_MEANING: Record<CertificateState, MessageKey> = {
  valid: 'certificate.meaning.valid',
  expired: 'certificate.meaning.expired',
  suspended: 'certificate.meaning.suspended',
  revoked: 'certificate.meaning.revoked',
};

// What valid_until ({date}) means in that state.
export const UNTIL_MEANING: Record<CertificateState, MessageKey> = {
  valid: 'certificate.until.valid',
  expired: 'certificate.until.expired',
  suspended: 'certificate.until.suspended',
  revoked: 'certificate.until.revoked',
};

// The badge's colour class: green only for a certificate in force.
export const STATE_BADGE: Record<CertificateState, string> = {
  valid: 'badge-cert-valid',
  expired: 'badge-cert-revoked',
  suspended: 'badge-cert-suspended',
  revoked: 'badge-cert-revoked',
};

export const SUBJECT_LABEL: Record<CertificateSubject, MessageKey> = {
  model: 'certificate.subject.model',
  component: 'certificate.subject.component',
};
