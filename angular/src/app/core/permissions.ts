export const Permissions = {
  OrganisationView: 'NavLederprogram.Organisation.View',
  OrganisationManage: 'NavLederprogram.Organisation.Manage',
  PeopleView: 'NavLederprogram.People.View',
  PeopleManage: 'NavLederprogram.People.Manage',
  PeopleImport: 'NavLederprogram.People.Import',
  JobsView: 'NavLederprogram.Jobs.View',
  CompetenceView: 'NavLederprogram.Competence.View',
  CompetenceManageCatalogue: 'NavLederprogram.Competence.ManageCatalogue',
  CompetenceManageRequirements: 'NavLederprogram.Competence.ManageRequirements',
  CompetenceApproveEvidence: 'NavLederprogram.Competence.ApproveEvidence',
  CompetenceViewGaps: 'NavLederprogram.Competence.ViewGaps',
  CompetenceAssessPeople: 'NavLederprogram.Competence.AssessPeople',
  ProgrammesView: 'NavLederprogram.Programmes.View',
  ProgrammesEdit: 'NavLederprogram.Programmes.Edit',
  ProgrammesApprove: 'NavLederprogram.Programmes.Approve',
  CohortsView: 'NavLederprogram.Cohorts.View',
  CohortsManage: 'NavLederprogram.Cohorts.Manage',
  CohortsNominate: 'NavLederprogram.Cohorts.Nominate',
  CohortsManageEnrolments: 'NavLederprogram.Cohorts.ManageEnrolments',
  CohortsFacilitate: 'NavLederprogram.Cohorts.Facilitate',
} as const;

export type Permission = (typeof Permissions)[keyof typeof Permissions];
