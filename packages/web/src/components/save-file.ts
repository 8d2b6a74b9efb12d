/// <reference lib="dom" />

/**
 * Hands a file already in memory to the browser's download, through a short-lived object URL. Used where the page
 * must read the answer first (to say an error in words instead of navigating to a JSON error).
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the URL after this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
