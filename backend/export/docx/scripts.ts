/**
 * Fonts and languages for text in other scripts ("Other formats and languages" prints the same
 * paragraph in Chinese, Punjabi, Hindi, Bengali, Urdu, Arabic, Gujarati…).
 *
 * Word picks one of four fonts of a run for each character: `ascii`/`hAnsi` for Latin, Greek and
 * Cyrillic, `eastAsia` for Chinese, Japanese and Korean, and `cs` ("complex script") for Arabic,
 * Hebrew and the Indic scripts, which it also shapes. A run is therefore given a complex-script
 * font for the script it is in, with Noto families that render each script (and Word falls back
 * to its own choice where a font is not installed). Arabic-script runs are right-to-left (`w:rtl`)
 * and their paragraph bidirectional, so Word lays them out from the right.
 *
 * Pure: text in, run properties out.
 */

export interface ScriptInfo {
  /** Complex-script font, or null when the run has no complex-script text. */
  cs: string | null;
  /** Language of the complex-script text (`w:lang w:bidi`), e.g. "ur-PK". */
  csLanguage: string | null;
  /** East Asian font and language, when the run has CJK text. */
  eastAsia: string | null;
  eastAsiaLanguage: string | null;
  rightToLeft: boolean;
}

/** The font every run's Chinese, Japanese or Korean characters are drawn in. */
export const EAST_ASIAN_FONT = 'Noto Sans CJK SC';

interface ScriptRule {
  test: RegExp;
  font: string;
  language: string;
  rightToLeft?: true;
}

// Urdu is written in Arabic script with letters Arabic does not use (ٹ ڈ ڑ ں ھ ہ ۂ ی ے); it is
// set in Nastaliq, as Urdu readers expect, and Arabic in Naskh.
const URDU_LETTERS = /[\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06C2\u06CC\u06D2]/;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

const RULES: ScriptRule[] = [
  { test: /[\u0900-\u097F]/, font: 'Noto Sans Devanagari', language: 'hi-IN' },
  { test: /[\u0980-\u09FF]/, font: 'Noto Sans Bengali', language: 'bn-BD' },
  { test: /[\u0A00-\u0A7F]/, font: 'Noto Sans Gurmukhi', language: 'pa-IN' },
  { test: /[\u0A80-\u0AFF]/, font: 'Noto Sans Gujarati', language: 'gu-IN' },
  { test: /[\u0B80-\u0BFF]/, font: 'Noto Sans Tamil', language: 'ta-IN' },
  { test: /[\u0590-\u05FF]/, font: 'Noto Sans Hebrew', language: 'he-IL', rightToLeft: true },
];

const CJK = /[\u2E80-\u2FDF\u3000-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/;

/** Latin, Greek, Cyrillic, Armenian and the punctuation and symbols used with them: the styles' own fonts. */
const NOTHING_TO_DO = /^[\u0000-\u058F\u1E00-\u2E7F\uD800-\uDFFF]*$/;

export function scriptOf(text: string): ScriptInfo {
  const info: ScriptInfo = { cs: null, csLanguage: null, eastAsia: null, eastAsiaLanguage: null, rightToLeft: false };
  // Almost every run of a report: decided in one pass (emoji are surrogate pairs, drawn by fallback).
  if (NOTHING_TO_DO.test(text)) return info;
  if (CJK.test(text)) {
    info.eastAsia = EAST_ASIAN_FONT;
    info.eastAsiaLanguage = /[\uAC00-\uD7AF]/.test(text) ? 'ko-KR' : /[\u3040-\u30FF]/.test(text) ? 'ja-JP' : 'zh-CN';
  }
  if (ARABIC_SCRIPT.test(text)) {
    const urdu = URDU_LETTERS.test(text);
    info.cs = urdu ? 'Noto Nastaliq Urdu' : 'Noto Naskh Arabic';
    info.csLanguage = urdu ? 'ur-PK' : 'ar-SA';
    info.rightToLeft = true;
    return info;
  }
  // The script most of the run is in: Punjabi ends its sentences with the Devanagari danda (।),
  // which must not make a Gurmukhi run Devanagari.
  let best: ScriptRule | null = null;
  let bestCount = 0;
  for (const rule of RULES) {
    const count = [...text].filter((ch) => rule.test.test(ch)).length;
    if (count > bestCount) {
      best = rule;
      bestCount = count;
    }
  }
  if (best) {
    info.cs = best.font;
    info.csLanguage = best.language;
    info.rightToLeft = best.rightToLeft ?? false;
  }
  return info;
}

/** Equal for two texts that take the same fonts, language and direction (and so may share a run). */
export function scriptKey(text: string): string {
  const info = scriptOf(text);
  return `${info.cs ?? ''}|${info.csLanguage ?? ''}|${info.eastAsia ?? ''}|${info.eastAsiaLanguage ?? ''}|${info.rightToLeft}`;
}

/** True when a paragraph's text is mostly right-to-left (it is then laid out from the right). */
export function isRightToLeftParagraph(text: string): boolean {
  if (NOTHING_TO_DO.test(text)) return false;
  let rtl = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters += 1;
      if (ARABIC_SCRIPT.test(ch) || /[\u0590-\u05FF]/.test(ch)) rtl += 1;
    }
  }
  return letters > 0 && rtl / letters > 0.5;
}
