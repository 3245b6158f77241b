import { Employer, LeadershipModel } from '../data/models';

// Keys are spelled out so the translation-key test can find them.
export const LEADERSHIP_MODEL_LABELS: Record<LeadershipModel, string> & Record<string, string> = {
  SingleLeader: 'Enum:LeadershipModel.SingleLeader',
  DualLeader: 'Enum:LeadershipModel.DualLeader',
};

export const EMPLOYER_LABELS: Record<Employer, string> & Record<string, string> = {
  State: 'Enum:Employer.State',
  Municipality: 'Enum:Employer.Municipality',
  Ks: 'Enum:Employer.Ks',
};
