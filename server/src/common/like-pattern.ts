/** LIKE pattern with the wildcards (and the escape character '!') of the text taken literally; use with ESCAPE '!'. */
export const likeEscaped = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);
