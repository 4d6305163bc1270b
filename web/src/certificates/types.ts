// A certificate as GET /certificates/{certificate_no} answers it
// (openapi.json: Certificate): a model's certificate adds the registered
// model's id and its type tests, newest first.
import type { Certificate } from '../api/types';
import type { TypeTest } from '../tower/types';

export type CertificateSubject = 'model' | 'component';

// A model's certificate has no component kind (null).
export interface CertificateRecord extends Omit<Certificate, 'component_kind'> {
  component_kind: string | null;
  model_id?: number;
  type_tests?: TypeTest[];
}
