const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text made safe for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      // XML 1.0 forbids these control characters outright, even escaped; one in the CMS would break the feed.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/[&<>"']/g, (char) => entities[char] ?? char)
  );
}
