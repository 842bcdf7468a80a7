/**
 * The playbook classifier: which situation of the guideline a message is, how sure we
 * are and why, a reply drafted from the situation's template and the route. Compiled once
 * per guideline; pure and browser-safe.
 */
import type { Guideline } from '../guideline/schema.js';
import type { Lang } from '../i18n.js';
import { detectLanguage } from '../text/language.js';
import { type CueMatcher, compileCues } from './cues.js';
import { draftReply } from './draft.js';
import { compileExamples } from './examples.js';
import { extract } from './features.js';
import { routeFor } from './route.js';
import { confidenceOf, type Roles, scoreSituations } from './score.js';
import { sentiment } from './sentiment.js';
import { numberWords, rawCues, WEIGHTS } from './signals.js';
import type { Classifier, ClassifyOptions, ClassifyResult, Signal } from './types.js';

const MAX_EXAMPLE_SIGNALS = 3;

export function compileClassifier(guideline: Guideline): Classifier {
  const situations = guideline.playbook.situations;
  const ids = situations.map((s) => s.id);
  const roles: Roles = {
    complaint: ids.indexOf('complaint'),
    positive: ids.indexOf('positive'),
    question: ids.indexOf('question'),
    urgent: ids.indexOf('urgent'),
    other: ids.indexOf('other'),
  };
  const matchers: Record<Lang, CueMatcher> = {
    nl: compileCues(rawCues(situations, 'nl'), numberWords('nl')),
    en: compileCues(rawCues(situations, 'en'), numberWords('en')),
  };
  const examples = compileExamples(
    situations.flatMap((s, situation) => s.examples.map((text) => ({ situation, text }))),
  );

  function classify(text: string, options: ClassifyOptions = {}): ClassifyResult {
    const features = extract(text);
    const language = options.lang ?? detectLanguage(features.words, guideline.language);
    const hits = matchers[language].match(features, text.toLowerCase());
    const mood = sentiment(text, features.words, language);
    const nearest = examples.nearest(features.tokens, situations.length);
    const scores = scoreSituations(situations.length, roles, {
      hits,
      nearest,
      sentiment: mood.score,
    });
    let winner = 0;
    for (let s = 1; s < scores.length; s++) {
      if ((scores[s] as number) > (scores[winner] as number)) winner = s;
    }
    const situation = situations[winner] as (typeof situations)[number];
    const urgent = winner === roles.urgent;
    const route = routeFor(guideline, situation, urgent);
    const team = route.escalate ? (route.escalateToName ?? route.teamName) : route.teamName;
    const reply = draftReply(guideline, situation, options.channel, {
      team,
      ...(options.customer !== undefined ? { customer: options.customer } : {}),
      ...(options.initials !== undefined ? { initials: options.initials } : {}),
      ...(options.name !== undefined ? { name: options.name } : {}),
    });

    const signals: Signal[] = hits.map((h) => ({
      kind: 'cue',
      situation: ids[h.situation] as string,
      text: h.text,
      start: h.start,
      end: h.end,
      weight: h.weight,
      source: h.source,
    }));
    for (const c of mood.cues) {
      signals.push({
        kind: 'sentiment',
        text: c.text,
        start: c.start,
        end: c.end,
        weight: c.weight,
      });
    }
    signals.sort((a, b) => ('start' in a ? a.start : 0) - ('start' in b ? b.start : 0));
    const near = nearest
      .filter((n) => n.example >= 0 && n.similarity >= WEIGHTS.example.minSimilarity)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, MAX_EXAMPLE_SIGNALS);
    for (const n of near) {
      signals.push({
        kind: 'example',
        situation: ids[n.situation] as string,
        example: examples.examples[n.example]?.text ?? '',
        similarity: round(n.similarity),
      });
    }

    return {
      situation: situation.id,
      title: situation.title,
      confidence: round(confidenceOf(scores, winner)),
      sentiment: mood.label,
      sentimentScore: round(mood.score),
      language,
      steps: [...situation.steps],
      reply,
      route,
      scores: ids
        .map((id, s) => ({ situation: id, score: round(scores[s] as number) }))
        .sort((a, b) => b.score - a.score),
      signals,
    };
  }

  return { situations: ids, classify };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
