/**
 * Saves text the backend produced as a file on the reader's machine: a Blob behind an object URL,
 * clicked through a temporary `<a download>`. No network request and no inline script, so it works
 * under the Custom UI's Content-Security-Policy. The URL is revoked once the browser has taken it.
 */
export function downloadText(fileName: string, mimeType: string, content: string): void {
  const blob = new Blob([content], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
