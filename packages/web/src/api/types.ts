/** The API's bodies as the web app reads them: the types come from @leidraad/contract. */
import type {
  AcknowledgementsResponse,
  CreateUserRequest,
  DiffResponse,
  Draft,
  DraftRequest,
  DraftWithResultResponse,
  GuidelineProblemBody,
  GuidelineVersionResponse,
  GuidelineVersionSummary,
  LoginResponse,
  MeResponse,
  OneTimeResponse,
  Role,
  Team,
  TokenSummary,
  UpdateUserRequest,
  User,
} from '@leidraad/contract';
import type { Guideline } from '@leidraad/core';

export type { PostKind } from '@leidraad/core';
export type {
  CreateUserRequest,
  Draft,
  LoginResponse,
  OneTimeResponse,
  Role,
  Team,
  UpdateUserRequest,
  User,
};

export type Me = MeResponse;
export type DraftInput = DraftRequest;
export type DraftResponse = DraftWithResultResponse;
export type Acknowledgements = AcknowledgementsResponse;
export type ApiToken = TokenSummary;
export type GuidelineDiff = DiffResponse;
export type VersionSummary = GuidelineVersionSummary;
export type Problem = GuidelineProblemBody;

/** GET /api/guideline: the contract leaves `guideline` open; it is core's parsed Guideline. */
export type PublishedGuideline = Omit<GuidelineVersionResponse, 'guideline'> & {
  guideline: Guideline;
};
