import type { Config } from './config.js';
import type { Db, Dialect } from './db/database.js';
import type { AccessService } from './plugins/app/access.js';
import type { Auth } from './plugins/app/auth.js';
import type { Guidelines } from './plugins/app/guidelines.js';
import type { Passwords } from './security/passwords.js';

/** What routes use, passed in explicitly (no decorators). */
export type Services = {
  config: Config;
  db: Db;
  dialect: Dialect;
  passwords: Passwords;
  auth: Auth;
  /** What the guideline lets each person do now (role, teams, training, phase). */
  access: AccessService;
  guidelines: Guidelines;
};
