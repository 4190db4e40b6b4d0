// Visible text of an HTML page: scripts, styles and hidden elements dropped, block elements
// separated by blank lines so paragraphs survive. The text produced is the document's text:
// claim offsets point into it, not into the markup.

import { Parser } from 'htmlparser2';
import type { DocumentMeta } from '../core/types.js';

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'nav', 'footer', 'form', 'button']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'main', 'aside', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'tr', 'table', 'figure', 'figcaption', 'pre', 'br', 'hr', 'dd', 'dt',
]);

export interface HtmlText {
  text: string;
  meta: DocumentMeta;
}

export function htmlToText(html: string): HtmlText {
  const blocks: string[] = [];
  let current = '';
  let hiddenDepth = 0;
  // One entry per open element: whether it hid its content, so closing it can undo that.
  const openHides: boolean[] = [];
  let inTitle = false;
  let title = '';
  const meta: DocumentMeta = {};
  const flush = () => {
    const line = current.replace(/[ \t\r\n\u00A0]+/g, (m) => (m.includes('\u00A0') && !/[\r\n]/.test(m) ? m : ' ')).trim();
    if (line) blocks.push(line);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
          if ((key === 'article:published_time' || key === 'date' || key === 'dc.date') && attrs.content) meta.date = attrs.content.slice(0, 10);
          if (key === 'og:url' && attrs.content) meta.url = attrs.content;
          if (key === 'og:title' && attrs.content) meta.title = attrs.content;
        }
        if (name === 'link' && attrs.rel === 'canonical' && attrs.href) meta.url = meta.url ?? attrs.href;
        if (name === 'time' && attrs.datetime && !meta.date) meta.date = attrs.datetime.slice(0, 10);
        const hides = HIDDEN.has(name) || attrs.hidden !== undefined || attrs['aria-hidden'] === 'true';
        openHides.push(hides);
        if (hides) hiddenDepth++;
        else if (hiddenDepth === 0 && BLOCK.has(name)) flush();
      },
      ontext(data) {
        if (inTitle) title += data;
        if (hiddenDepth === 0) current += data;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (openHides.pop()) hiddenDepth--;
        else if (hiddenDepth === 0 && BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  if (!meta.title && title.trim()) meta.title = title.trim();
  if (meta.date && !/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) delete meta.date;
  return { text: blocks.join('\n\n'), meta };
}
