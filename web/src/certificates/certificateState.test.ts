import { describe, expect, it } from 'vitest';

import { certificateState } from './certificateState';
import { certificateNoOf, certificatePath } from './CertificateLink';

describe('certificateState', () => {
  it('keeps suspended and revoked, and calls a valid one past its last day expired', () => {
    const today = '2026-11-25';
    expect(certificateState({ status: 'valid', valid_until: '2026-11-25' }, today)).toBe('valid');
    expect(certificateState({ status: 'valid', valid_until: '2026-11-24' }, today)).toBe('expired');
    expect(certificateState({ status: 'valid', valid_until: '' }, today)).toBe('valid');
    expect(certificateState({ status: 'suspended', valid_until: '2020-01-01' }, today)).toBe('suspended');
    expect(certificateState({ status: 'revoked', valid_until: '2030-01-01' }, today)).toBe('revoked');
  });
});

describe("a certificate's address", () => {
  it('carries any number there and back', () => {
    for (const no of ['DEMO-M-001', 'KC/7 A', '100%', '인증-1']) {
      const segment = certificatePath(no).slice('/certificates/'.length);
      // The router hands the segment over after decodeURI.
      expect(certificateNoOf(decodeURI(segment))).toBe(no);
    }
    expect(certificateNoOf('%E0%A4%A')).toBe('%E0%A4%A');
  });
});
