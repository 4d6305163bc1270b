// Where a loader message points in the text: "building.yaml:31:7: groups[0]..."
// names line 31 of the description the workbench sent as building.yaml.

// The 1-based line `message` names for `source`, or undefined.
export function errorLine(message: string | undefined, source = 'building.yaml'): number | undefined {
  if (!message) return undefined;
  const match = new RegExp(`^${source.replace('.', '\\.')}:(\\d+):\\d+:`).exec(message);
  if (!match?.[1]) return undefined;
  const line = Number(match[1]);
  return line >= 1 ? line : undefined;
}

// The character offsets [start, end) of 1-based line `line` in `text`
// (clamped to the last line), for selecting it in a text area.
export function lineRange(text: string, line: number): [number, number] {
  let start = 0;
  for (let n = 1; n < line; n += 1) {
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}
