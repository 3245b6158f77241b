export const Permissions = {
  OrganisationView: 'NavLederprogram.Organisation.View',
  OrganisationManage: 'NavLederprogram.Organisation.Manage',
  PeopleView: 'NavLederprogram.People.View',
  PeopleManage: 'NavLederprogram.People.Manage',
  PeopleImport: 'NavLederprogram.People.Import',
  JobsView: 'NavLederprogram.Jobs.View',
} as const;

export type Permission = (typeof Permissions)[keyof typeof Permissions];
