/**
 * Escapes text for HTML element content, attribute values and XML (DOCX). One scan,
 * and the original string is returned when nothing needs escaping (the common case:
 * digits and Chinese labels), so rendering many reports allocates little.
 */
export function escapeMarkup(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    let entity: string;
    switch (text.charCodeAt(i)) {
      case 0x26:
        entity = '&amp;';
        break;
      case 0x3c:
        entity = '&lt;';
        break;
      case 0x3e:
        entity = '&gt;';
        break;
      case 0x22:
        entity = '&quot;';
        break;
      case 0x27:
        entity = '&#39;';
        break;
      default:
        continue;
    }
    out ??= [];
    out.push(text.slice(from, i), entity);
    from = i + 1;
  }
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join('');
}

/**
 * Drops characters XML 1.0 forbids (C0 controls other than tab/newline/CR, lone
 * surrogates are left alone): Word refuses a document.xml that contains them.
 */
export function stripXmlInvalid(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) {
      const parts: string[] = [];
      for (let j = 0; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d >= 0x20 || d === 0x09 || d === 0x0a || d === 0x0d) {
          parts.push(text[j] ?? '');
        }
      }
      return parts.join('');
    }
  }
  return text;
}
