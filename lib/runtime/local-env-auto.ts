// Imported first by command-line tools: .env.local and .env are read before any module reads env.
import { loadLocalEnv } from './local-env';

loadLocalEnv();
