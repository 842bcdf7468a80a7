import { type FormEvent, useState } from 'react';
import { type QuizAnswer, type TrainingAttemptResponse, trainingApi } from '../../api/training.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Link } from '../../components/Link.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { capabilityList, phaseLabel } from '../../lib/labels.js';
import { useLoad } from '../../lib/use-load.js';
import { formatWhen } from '../../lib/when.js';
import { useSession } from '../../session/SessionProvider.js';

/** One module: its lessons and the quiz, graded by the server with an explanation per question. */
export function TrainingModule({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { refresh } = useSession();
  const [reload, setReload] = useState(0);
  const loaded = useLoad(() => trainingApi.module(id), `${id}:${reload}`);
  const [answers, setAnswers] = useState<Record<string, QuizAnswer>>({});
  const [result, setResult] = useState<TrainingAttemptResponse>();
  const [error, setError] = useState<Error>();
  const [missing, setMissing] = useState(0);
  const [busy, setBusy] = useState(false);

  const title = loaded.status === 'ready' ? loaded.value.module.title : t('training.title');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loaded.status !== 'ready') return;
    const quiz = loaded.value.module.quiz;
    const open = quiz.filter((q) => answers[q.id] === undefined).length;
    setMissing(open);
    if (open > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const graded = await trainingApi.attempt(
        id,
        quiz.map((q) => ({ id: q.id, answer: answers[q.id] as QuizAnswer })),
      );
      setResult(graded);
      // Passing can unlock pages (e.g. submitting posts): ask the server again.
      if (graded.passed) await refresh();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  const retry = () => {
    setResult(undefined);
    setAnswers({});
    setMissing(0);
    setReload((n) => n + 1);
  };

  return (
    <Page title={title}>
      <p>
        <Link to="/training">{t('training.back')}</Link>
      </p>
      <LoadStatus state={loaded} />
      {loaded.status === 'ready' &&
        (() => {
          const { module, passMark } = loaded.value;
          const needed = Math.ceil(module.quiz.length * passMark);
          const graded = new Map(result?.results.map((r) => [r.id, r]));
          return (
            <>
              <p className="lead">{module.summary}</p>
              <p className="meta">
                {module.durationMinutes !== null &&
                  `${t('training.duration', { minutes: module.durationMinutes })} · `}
                {module.unlocks.length === 0
                  ? t('training.unlocksNothing')
                  : module.minPhase === null
                    ? t('training.unlocks', { capabilities: capabilityList(t, module.unlocks) })
                    : t('training.unlocksFrom', {
                        capabilities: capabilityList(t, module.unlocks),
                        phase: phaseLabel(t, module.minPhase),
                      })}
              </p>
              {module.status.passed && module.status.passedAt !== null && (
                <p className="success">
                  {t('training.passedOn', { when: formatWhen(module.status.passedAt, lang) })}
                </p>
              )}
              {module.lessons.length > 0 && (
                <section aria-labelledby="lessons_title">
                  <h2 id="lessons_title">{t('training.lessons')}</h2>
                  <ol data-testid="training-lessons">
                    {module.lessons.map((lesson) => (
                      <li key={lesson}>{lesson}</li>
                    ))}
                  </ol>
                </section>
              )}
              <section aria-labelledby="quiz_title">
                <h2 id="quiz_title">{t('training.quiz')}</h2>
                <p>
                  {module.quiz.length === 0
                    ? t('training.noQuiz')
                    : t('training.quizIntro', { needed, total: module.quiz.length })}
                </p>
                <form className="stack" onSubmit={submit} data-testid="quiz" noValidate>
                  {module.quiz.map((q, i) => {
                    const r = graded.get(q.id);
                    const name = `q_${q.id}`;
                    return (
                      <fieldset key={q.id} data-testid="quiz-question" data-question={q.id}>
                        <legend>{t('training.question', { n: i + 1, rule: q.ruleTitle })}</legend>
                        <blockquote className="draft-text" id={`${name}_text`}>
                          {q.text}
                        </blockquote>
                        <div role="radiogroup" aria-labelledby={`${name}_text`}>
                          {(['good', 'bad'] as const).map((value) => (
                            <label key={value} className="choice" htmlFor={`${name}_${value}`}>
                              <input
                                type="radio"
                                id={`${name}_${value}`}
                                name={name}
                                value={value}
                                checked={answers[q.id] === value}
                                disabled={result !== undefined || busy}
                                onChange={() => setAnswers((a) => ({ ...a, [q.id]: value }))}
                              />
                              {t(value === 'good' ? 'training.good' : 'training.bad')}
                            </label>
                          ))}
                        </div>
                        {r && (
                          <div data-testid="quiz-feedback">
                            <p className={r.correct ? 'success' : 'error'}>
                              {r.correct
                                ? t('training.right')
                                : t('training.wrong', {
                                    answer: t(
                                      r.answer === 'good'
                                        ? 'training.answerGood'
                                        : 'training.answerBad',
                                    ),
                                  })}
                            </p>
                            <p className="hint">{r.explanation}</p>
                          </div>
                        )}
                      </fieldset>
                    );
                  })}
                  {missing > 0 && (
                    <p className="error" role="alert">
                      {t('training.unanswered', { open: missing })}
                    </p>
                  )}
                  <ErrorMessage error={error} />
                  {result === undefined ? (
                    <p>
                      <button type="submit" data-testid="quiz-submit" disabled={busy}>
                        {t('training.submit')}
                      </button>
                    </p>
                  ) : null}
                </form>
                <div aria-live="polite" data-testid="quiz-result">
                  {result && (
                    <>
                      <p className={result.passed ? 'success' : 'error'}>
                        {result.passed
                          ? t('training.passed', { correct: result.correct, total: result.total })
                          : t('training.failed', {
                              correct: result.correct,
                              total: result.total,
                              needed,
                            })}
                      </p>
                      {result.passed && module.unlocks.length > 0 && (
                        <p>
                          {module.unlocksNow
                            ? t('training.nowMay', {
                                capabilities: capabilityList(t, module.unlocks),
                              })
                            : t('training.laterMay', {
                                capabilities: capabilityList(t, module.unlocks),
                                phase: module.minPhase ? phaseLabel(t, module.minPhase) : '',
                              })}
                        </p>
                      )}
                      <p>
                        <button type="button" onClick={retry} data-testid="quiz-retry">
                          {t('training.retry')}
                        </button>
                      </p>
                    </>
                  )}
                </div>
              </section>
            </>
          );
        })()}
    </Page>
  );
}
