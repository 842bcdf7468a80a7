import { describe, expect, it } from 'vitest';
import { draftReply } from '../../src/classify/index.js';
import { loadChecker } from '../../src/index.js';
import { defaultGuideline, source } from './guidelines.js';

describe('every drafted reply passes `check --as reply`', () => {
  for (const lang of ['nl', 'en'] as const) {
    const guideline = defaultGuideline(lang);
    const checker = loadChecker(source(lang), `${lang}.yaml`);
    const channels = [undefined, ...Object.keys(guideline.channels)];
    for (const situation of guideline.playbook.situations) {
      it(`${lang}: ${situation.id} on every channel`, () => {
        for (const channel of channels) {
          for (const values of [
            { customer: '@reiziger', initials: 'MO', name: 'Mila Oosting', team: 'Webcare' },
            { team: 'Communicatie (Online)' },
          ]) {
            const reply = draftReply(guideline, situation, channel, values);
            expect(reply.text.length).toBeGreaterThan(0);
            const result = checker.check({
              text: reply.text,
              as: 'reply',
              ...(channel ? { channel } : {}),
            });
            const errors = result.findings.filter((f) => f.severity === 'error');
            expect({ channel, text: reply.text, errors }).toEqual({
              channel,
              text: reply.text,
              errors: [],
            });
          }
        }
      });
    }
  }
});
