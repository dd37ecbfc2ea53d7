/**
 * Text made safe for a Word document.
 *
 * WordprocessingML is XML 1.0, which cannot hold most control characters, unpaired surrogates or
 * U+FFFE/U+FFFF: one of them anywhere makes Word refuse the whole file ("unreadable content").
 * Text pasted from PDFs and e-mails carries them, so every string is cleaned on its way in:
 * tabs and line breaks are kept (as a space and a break: the caller splits lines), other control
 * characters dropped, an unpaired surrogate replaced by U+FFFD. Emoji and every other character
 * are kept as they are.
 */

// C0 controls except tab, line feed and carriage return; DEL and the C1 controls except NEL (U+0085,
// a line break); the two non-characters; and unpaired surrogates.
// eslint-disable-next-line no-control-regex
const DROP = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(DROP, '').replace(LONE_SURROGATE, '\uFFFD').replace(/\t/g, ' ');
}

/** The lines of a text, split at any kind of line break (CR LF, CR, LF, NEL, U+2028/2029). */
export function textLines(text: string): string[] {
  return cleanText(text).split(/\r\n|[\r\n\u0085\u2028\u2029]/);
}

/** One line: breaks become spaces, runs of whitespace one space. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/**
 * A plain file name for the report: the title without characters Windows, macOS or Linux refuse
 * in names, not too long, ending .docx.
 */
export function reportFileName(title: string): string {
  const base = oneLine(title)
    .replace(/[<>:"/\\|?*]/g, '')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 150)
    .trim();
  return `${base || 'Report'}.docx`;
}
