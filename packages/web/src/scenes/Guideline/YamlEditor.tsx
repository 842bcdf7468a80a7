/** CodeMirror 6 for YAML, with the guideline's problems marked at their lines. Lazily loaded. */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { type EditorProblem, offsetOf } from './validate.js';

export type YamlEditorHandle = { goto(line: number, col: number): void };

type Props = {
  initial: string;
  problems: readonly EditorProblem[];
  onChange(source: string): void;
  labelledBy: string;
  describedBy: string;
};

export const YamlEditor = forwardRef<YamlEditorHandle, Props>(function YamlEditor(
  { initial, problems, onChange, labelledBy, describedBy },
  ref,
) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const change = useRef(onChange);
  change.current = onChange;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once with its first text.
  useEffect(() => {
    if (!host.current) return;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initial,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          indentOnInput(),
          bracketMatching(),
          syntaxHighlighting(defaultHighlightStyle),
          yaml(),
          lintGutter(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            'aria-labelledby': labelledBy,
            'aria-describedby': describedBy,
            'data-testid': 'guideline-editor',
          }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) change.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const source = v.state.doc.toString();
    const diagnostics: Diagnostic[] = problems.map((p) => {
      const from = offsetOf(source, p.line, p.col);
      const lineEnd = v.state.doc.lineAt(from).to;
      return {
        from,
        to: Math.max(from, lineEnd),
        severity: 'error',
        message: p.path ? `${p.path}: ${p.message}` : p.message,
      };
    });
    v.dispatch(setDiagnostics(v.state, diagnostics));
  }, [problems]);

  useImperativeHandle(ref, () => ({
    goto(line, col) {
      const v = view.current;
      if (!v) return;
      const at = offsetOf(v.state.doc.toString(), line, col);
      v.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      v.focus();
    },
  }));

  return <div className="yaml-editor" ref={host} />;
});
