/** Quote what was typed in a message: trimmed, shortened so a pasted paragraph stays readable. */
export function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > 40 ? `${t.slice(0, 37)}...` : t}"`;
}

/** Fold look-alike characters (full-width digits, no-break spaces) to plain ASCII forms. */
export function fold(text: string): string {
  return text.normalize('NFKC').trim();
}
