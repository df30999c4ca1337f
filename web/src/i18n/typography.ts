/**
 * French typography: a narrow no-break space (U+202F) before ":", ";", "?" and "!" (in place of a plain space or of
 * none), but not inside a URL ("https://") nor a time ("10:30").
 */
export function frenchPunctuation(text: string): string {
  return text.replace(/[ \u00a0\u202f]*([:;?!])(?=\s|$|[»)"’'])/g, '\u202f$1');
}

const VOWEL_OR_MUTE_H = /^[aeiouyàâäéèêëîïôöùûüœæh]/i;

/**
 * French elision of "de", "le", "la" and "que" before a word that starts with a vowel or a mute h: de + Uccle →
 * « d’Uccle », de + Namur → « de Namur ». (Aspirated h's are rare in commune names; they are not told apart.)
 */
export function elide(word: 'de' | 'le' | 'la' | 'que', next: string): string {
  if (!VOWEL_OR_MUTE_H.test(next.trim())) return `${word} ${next}`;
  return `${word === 'que' ? 'qu' : word.charAt(0)}’${next}`;
}
