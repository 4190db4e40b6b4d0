// An inline metadata header at the top of an article (« date 2026-02-28 », « titre: … »,
// « url: … ») is parsed into document metadata; the body starts after it. The text itself
// is never changed, so offsets still point into the file as read.

import type { DocumentMeta } from '../core/types.js';

const FIELD = /^[ \t\u00A0]*(date|titre|title|url|source|auteur|author)[ \t]*[:=]?[ \t]*/i;
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+Z?)?/;

export interface ParsedHeader {
  meta: DocumentMeta;
  bodyStart: number;
}

/** Reads `key value` fields at the very start of the text; a date field may share its line with the body. */
export function parseHeader(text: string): ParsedHeader {
  const meta: DocumentMeta = {};
  let at = 0;
  for (let guard = 0; guard < 8; guard++) {
    const rest = text.slice(at, at + 2048);
    const field = FIELD.exec(rest);
    if (!field) break;
    const key = field[1]!.toLowerCase();
    const valueStart = at + field[0].length;
    if (key === 'date') {
      const date = ISO_DATE.exec(text.slice(valueStart, valueStart + 40));
      if (!date) break;
      meta.date = date[1];
      at = valueStart + date[0].length;
    } else {
      const newline = text.indexOf('\n', valueStart);
      // Other fields need a separator and their own line.
      if (!/[:=]/.test(field[0]) || newline < 0) break;
      const value = text.slice(valueStart, newline).trim();
      if (key === 'titre' || key === 'title') meta.title = value;
      else if (key === 'url') meta.url = value;
      else if (key === 'source') meta.source = value;
      at = newline + 1;
    }
    while (at < text.length && /\s/u.test(text[at]!)) at++;
  }
  return { meta, bodyStart: at };
}
