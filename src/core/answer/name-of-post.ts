/**
 * "What is the Russian ambassador's name?", "Russian ambassador name": the name of whoever holds a
 * post is the "Who is the Russian ambassador?" it comes to, which the answer finds by the post
 * written before or after a name ("Russian Ambassador Sergey Kislyak").
 */
import { isRoleWord } from '../people/roles.js';

const NAME_OF_ASKED = /^\s*what\s+(is|was)\s+(?:the\s+)?(.+?)['’]s?\s+name\s*\??\s*$/i;
/** The same in keywords: no question word, the post's words, then "name". */
const NAME_KEYWORDS = /^\s*(?!(?:who|whom|whose|what|when|where|why|how|which)\b)((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s+name\s*\??\s*$/iu;

/** The "Who is the …?" question a question about a post holder's name comes to, or null. */
export function askedAsPostHolder(question: string): string | null {
  const asked = NAME_OF_ASKED.exec(question);
  const [verb, post] = asked ? [asked[1]!.toLowerCase(), asked[2]!] : ['is', NAME_KEYWORDS.exec(question)?.[1]];
  if (!post || !isRoleWord(post.split(/\s+/).at(-1)!)) return null;
  return `Who ${verb} the ${post}?`;
}
