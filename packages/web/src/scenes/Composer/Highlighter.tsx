import type { Finding } from '@leidraad/core';
import { forwardRef } from 'react';
import { highlightSegments } from '../../lib/segments.js';

/**
 * The text again, behind the transparent textarea, with findings painted as marks. It is
 * hidden from assistive technology: the findings list is the accessible view.
 */
export const Highlighter = forwardRef<HTMLDivElement, { text: string; findings: Finding[] }>(
  function Highlighter({ text, findings }, ref) {
    const segments = highlightSegments(text.length, findings);
    return (
      <div className="backdrop" ref={ref} aria-hidden="true">
        {segments.map((s) =>
          s.severity ? (
            <mark key={s.start} className={`sev-${s.severity}`}>
              {text.slice(s.start, s.end)}
            </mark>
          ) : (
            <span key={s.start}>{text.slice(s.start, s.end)}</span>
          ),
        )}
        {/* A trailing newline needs a character after it to take up its line. */}
        {text.endsWith('\n') || text === '' ? '\u200b' : null}
      </div>
    );
  },
);
