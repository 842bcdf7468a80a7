import { type CheckResult, type Guideline, offsetToLineCol } from '@leidraad/core';

type SarifLevel = 'error' | 'warning' | 'note';

/** SARIF 2.1.0 log for one or more checked texts (columns in UTF-16 code units). */
export function toSarif(
  guideline: Guideline,
  runs: { uri: string; text: string; result: CheckResult }[],
  version: string,
): object {
  const rules = guideline.rules
    .filter((r) => r.extends && r.severity !== 'off')
    .map((r) => ({
      id: r.id,
      name: r.title,
      shortDescription: { text: r.title },
      fullDescription: { text: r.rationale },
      helpUri: `handbook.html#${r.article ?? r.id}`,
      defaultConfiguration: { level: level(r.severity as 'error' | 'warning' | 'info') },
    }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = runs.flatMap(({ uri, text, result }) =>
    result.findings.map((f) => {
      const start = offsetToLineCol(text, f.start);
      const end = offsetToLineCol(text, f.end);
      const region = {
        startLine: start.line,
        startColumn: start.col,
        endLine: end.line,
        endColumn: end.col,
        charOffset: f.start,
        charLength: f.end - f.start,
      };
      return {
        ruleId: f.rule,
        ruleIndex: index.get(f.rule),
        level: level(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
        ...(f.fix
          ? {
              fixes: [
                {
                  description: { text: f.message },
                  artifactChanges: [
                    {
                      artifactLocation: { uri },
                      replacements: [
                        {
                          deletedRegion: {
                            charOffset: f.fix.start,
                            charLength: f.fix.end - f.fix.start,
                          },
                          insertedContent: { text: f.fix.text },
                        },
                      ],
                    },
                  ],
                },
              ],
            }
          : {}),
      };
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'leidraad', version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function level(severity: 'error' | 'warning' | 'info'): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}
