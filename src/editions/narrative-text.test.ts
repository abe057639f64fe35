import { describe, expect, it } from 'vitest';
import { checkNarrative, NARRATIVE_MAX_CHARS } from './narrative-text.ts';

describe('checkNarrative', () => {
  it('normalises line ends and trailing space', () => {
    expect(checkNarrative('Introduction', 'One.\r\nTwo.\rThree.  \n\n')).toEqual({
      ok: true,
      text: 'One.\nTwo.\nThree.',
    });
  });

  it('refuses a control character, saying where', () => {
    expect(checkNarrative('Introduction', 'ab\u0007c')).toEqual({
      ok: false,
      message:
        'Introduction: the text holds a control character (U+0007) at character 3; remove it (paste as plain text).',
    });
  });

  it('refuses text over the limit, counting characters not UTF-16 units', () => {
    expect(checkNarrative('Needs', '😀'.repeat(NARRATIVE_MAX_CHARS))).toMatchObject({ ok: true });
    expect(checkNarrative('Needs', 'a'.repeat(NARRATIVE_MAX_CHARS + 1))).toEqual({
      ok: false,
      message: 'Needs: the text is 20,001 characters; shorten it to 20,000 or fewer.',
    });
  });
});
