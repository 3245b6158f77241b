import { Permission } from './permissions';

export interface NavItem {
  path: string;
  label: string;
  permission?: Permission;
}
