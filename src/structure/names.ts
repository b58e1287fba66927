// Bodies' names read against the reporting body's: a short form holds the full name's
// characters in order (区住建局 of 区住房和城乡建设局, 市场监管局 of 市场监督管理局).

/** Whether every character of `words` stands in `name`, in order. */
export function inName(words: string, name: string): boolean {
  let at = 0;
  for (const ch of words) {
    at = name.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
