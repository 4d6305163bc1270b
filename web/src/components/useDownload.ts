// A file fetched with the session's token and handed to the browser as a
// download: the state a download button needs (busy, the last error).
import { useState } from 'react';

import { saveBlob } from './download';

export function useDownload() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function download(fetchBlob: () => Promise<Blob>, fileName: string) {
    setBusy(true);
    setError(null);
    try {
      saveBlob(await fetchBlob(), fileName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, download };
}
