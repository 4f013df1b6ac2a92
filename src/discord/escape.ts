/** Makes text safe to echo in Discord: markdown shown as written, and no mention can ping. */
import { escapeMarkdown } from 'discord.js';

/** Escapes markdown and breaks mentions (@everyone, <@id>) so they show as text. */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { maskedLink: true, heading: true, bulletedList: true, numberedList: true })
    .replace(/@/g, '@\u200b')
    .replace(/<(?=[@#]|a?:)/g, '<\u200b');
}
