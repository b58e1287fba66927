// Report text becomes HTML text, never markup: the five characters that could
// open a tag, an entity or end an attribute are escaped, in text and attributes alike.
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
}
