import { EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import arrowDown from '@navikt/aksel-icons/svg/ArrowDown.svg';
import arrowUp from '@navikt/aksel-icons/svg/ArrowUp.svg';
import bell from '@navikt/aksel-icons/svg/Bell.svg';
import checkmark from '@navikt/aksel-icons/svg/CheckmarkCircle.svg';
import cog from '@navikt/aksel-icons/svg/Cog.svg';
import download from '@navikt/aksel-icons/svg/Download.svg';
import globe from '@navikt/aksel-icons/svg/Globe.svg';
import leave from '@navikt/aksel-icons/svg/Leave.svg';
import menu from '@navikt/aksel-icons/svg/MenuHamburger.svg';
import padlock from '@navikt/aksel-icons/svg/PadlockLocked.svg';
import plus from '@navikt/aksel-icons/svg/Plus.svg';
import trash from '@navikt/aksel-icons/svg/Trash.svg';
import upload from '@navikt/aksel-icons/svg/Upload.svg';
import failed from '@navikt/aksel-icons/svg/XMarkOctagon.svg';
import close from '@navikt/aksel-icons/svg/XMark.svg';

const ICONS: Record<string, string> = {
  'arrow-down': arrowDown,
  'arrow-up': arrowUp,
  bell,
  checkmark,
  close,
  cog,
  download,
  failed,
  globe,
  leave,
  menu,
  padlock,
  plus,
  trash,
  upload,
};

/** NAV's own icon set, inlined so no icon font has to be fetched. */
export function provideAppIcons(): EnvironmentProviders {
  return provideEnvironmentInitializer(registerIcons);
}

function registerIcons(): void {
  const registry = inject(MatIconRegistry);
  const sanitizer = inject(DomSanitizer);
  for (const [name, svg] of Object.entries(ICONS)) {
    // Trusted: the markup comes from a package in the build, never from users.
    registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(svg));
  }
}
