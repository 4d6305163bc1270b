// A certificate's number as a link to its page (/certificates/{no}).
import { Link } from 'wouter';

export function certificatePath(certificateNo: string): string {
  return `/certificates/${encodeURIComponent(certificateNo)}`;
}

export function CertificateLink({ certificateNo }: { certificateNo: string }) {
  if (!certificateNo) return <>–</>;
  return <Link href={certificatePath(certificateNo)}>{certificateNo}</Link>;
}

// The number from the address's path segment. The router decodes it with
// decodeURI, which leaves "%2F" and the like; a malformed escape stays as is.
export function certificateNoOf(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
