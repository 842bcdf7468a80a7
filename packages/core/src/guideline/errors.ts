/** A problem in a guideline file, located at line and column (1-based). */
export type GuidelineProblem = {
  file: string;
  line: number;
  col: number;
  /** Field path such as `rules[3].severity` (empty for syntax errors). */
  path: string;
  message: string;
};

export function formatProblem(p: GuidelineProblem): string {
  return `${p.file}:${p.line}:${p.col} ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

export class GuidelineError extends Error {
  readonly problems: GuidelineProblem[];
  constructor(problems: GuidelineProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'GuidelineError';
    this.problems = problems;
  }
}

export function pathToString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
