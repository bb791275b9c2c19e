/**
 * The `data-consent` expression: category names separated by spaces, all required; `!name`
 * requires that category to have been refused by an explicit choice. Pure.
 */

export interface ConsentExpression {
  need: string[];
  refuse: string[];
}

export function parseConsent(attribute: string): ConsentExpression {
  const expression: ConsentExpression = { need: [], refuse: [] };
  for (const word of attribute.split(/\s+/)) if (word) (word[0] == '!' ? expression.refuse : expression.need).push(word.replace(/^!/, ''));
  return expression;
}

/** Whether a gate may run: every needed name granted, every refused name explicitly refused. */
export const isAllowed = ({ need, refuse }: ConsentExpression, granted: (category: string) => boolean, refused: (category: string) => boolean): boolean =>
  need.length + refuse.length > 0 && need.every(granted) && refuse.every(refused);
