/** Training, coverage and the maturity phase (GET/POST /api/training…, /api/phase…). */
import type {
  Phase,
  PhasePreviewResponse,
  PhaseResponse,
  QuizAnswer,
  SetPhaseResponse,
  TrainingAttemptResponse,
  TrainingCoverageResponse,
  TrainingListResponse,
  TrainingModuleResponse,
} from '@leidraad/contract';
import { request } from './client.js';

export type {
  PhasePreviewResponse,
  PhaseResponse,
  QuizAnswer,
  SetPhaseResponse,
  TrainingAttemptResponse,
} from '@leidraad/contract';

const q = encodeURIComponent;

export const trainingApi = {
  modules: () => request<TrainingListResponse>('GET', '/api/training'),
  module: (id: string) => request<TrainingModuleResponse>('GET', `/api/training/${q(id)}`),
  attempt: (id: string, answers: { id: string; answer: QuizAnswer }[]) =>
    request<TrainingAttemptResponse>('POST', `/api/training/${q(id)}/attempts`, { answers }),
  coverage: () => request<TrainingCoverageResponse>('GET', '/api/training/coverage'),
  phase: () => request<PhaseResponse>('GET', '/api/phase'),
  preview: (phase: Phase) =>
    request<PhasePreviewResponse>('GET', `/api/phase/preview?phase=${q(phase)}`),
  setPhase: (phase: Phase, from: Phase) =>
    request<SetPhaseResponse>('PUT', '/api/phase', { phase, from }),
};
