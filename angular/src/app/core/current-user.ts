export type { CurrentUser, UserScope } from '../data/models';
