import { Routes } from '@angular/router';
import { NavItem } from '../../core/navigation-item';
import { guardedPage } from '../../core/permission.guard';
import { Permissions } from '../../core/permissions';

const view = Permissions.ProgrammesView;
const edit = Permissions.ProgrammesEdit;

/** The programme editor: versions, modules and the joint approval. */
export const PROGRAMME_ROUTES: Routes = [
  guardedPage('programme', 'Page:Programme.Versions.Title', view, () =>
    import('./version-list').then((m) => m.ProgrammeVersionListPage),
  ),
  guardedPage('programme/versions/:id', 'Page:Programme.Version.Title', view, () =>
    import('./version-page').then((m) => m.ProgrammeVersionPage),
  ),
  guardedPage('programme/versions/:id/modules/new', 'Page:Programme.ModuleForm.New', edit, () =>
    import('./module-edit').then((m) => m.ProgrammeModuleEditPage),
  ),
  guardedPage(
    'programme/versions/:id/modules/:moduleId',
    'Page:Programme.ModuleForm.Edit',
    edit,
    () => import('./module-edit').then((m) => m.ProgrammeModuleEditPage),
  ),
];

/** Every role may read the programme; only its two owners may change and approve it. */
export const PROGRAMME_NAV_ITEMS: NavItem[] = [
  { path: '/programme', label: 'Menu:Programme', group: 'programme', permission: view },
];
