// Schema problems in words a reader can act on: what is wrong, and where in the file.
type Issue = { path: PropertyKey[]; message: string; code?: string };

function where(path: PropertyKey[]): string {
  if (path.length === 0) return 'the file as a whole';
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

export function describeIssues(issues: readonly Issue[], limit = 3): string {
  const shown = issues.slice(0, limit).map((i) => `${where(i.path)}: ${i.message}`);
  const more = issues.length > limit ? ` (and ${issues.length - limit} more)` : '';
  return shown.join('; ') + more;
}
