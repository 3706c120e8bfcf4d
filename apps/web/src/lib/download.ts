import { apiFile, type QueryParams } from './api-client';

/** Saves bytes as a file through a temporary link (the browser's download bar). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Downloads a file the API makes (an XLSX report, a bank CSV) under the server's name, else `fallbackName`. */
export async function downloadFromApi(path: string, fallbackName: string, query?: QueryParams): Promise<string> {
  const { blob, filename } = await apiFile(path, query);
  const name = filename ?? fallbackName;
  saveBlob(blob, name);
  return name;
}
