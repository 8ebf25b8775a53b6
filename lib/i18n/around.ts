/**
 * A message split around one placeholder, for a sentence that holds an element (a link, a
 * button): "open {link} and bookmark it" → ["open ", " and bookmark it"]. A message without the
 * placeholder is a programming error, and throws naming it.
 */
export function around(message: string, name: string): [string, string] {
  const at = message.indexOf(`{${name}}`);
  if (at < 0) throw new Error(`message needs a place for {${name}}: "${message}"`);
  return [message.slice(0, at), message.slice(at + name.length + 2)];
}
