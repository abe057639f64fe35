/** The longest narrative a section takes (characters): about six pages of prose. */
export const NARRATIVE_MAX_CHARS = 20_000;

export type NarrativeCheck = { ok: true; text: string } | { ok: false; message: string };

/**
 * A section's narrative as it will be stored: line ends made `\n`, trailing spaces on the whole removed,
 * control characters other than tab and line feed refused, at most {@link NARRATIVE_MAX_CHARS} characters.
 *
 * ### Example
 * ```ts
 * checkNarrative('introduction', 'We look after 420 children.\r\n') // { ok: true, text: 'We look after 420 children.' }
 * ```
 */
export function checkNarrative(sectionTitle: string, text: string): NarrativeCheck {
  const normalised = text.replace(/\r\n?/g, '\n').trimEnd();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  const control = /[\u0000-\u0008\u000B-\u001F\u007F]/.exec(normalised);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0');
    return {
      ok: false,
      message: `${sectionTitle}: the text holds a control character (U+${code}) at character ${control.index + 1}; remove it (paste as plain text).`,
    };
  }
  const length = [...normalised].length;
  if (length > NARRATIVE_MAX_CHARS) {
    return {
      ok: false,
      message: `${sectionTitle}: the text is ${length.toLocaleString('en-GB')} characters; shorten it to ${NARRATIVE_MAX_CHARS.toLocaleString('en-GB')} or fewer.`,
    };
  }
  return { ok: true, text: normalised };
}
