import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/language.service';
import type { Approval, ApprovalParty, ProgrammeVersion } from '../../data/programme-api';
import { enumKey } from '../../shared/enum-labels';
import { OsloDatePipe } from './programme-format';

/** The two owners, always in this order. */
export const PARTIES: ApprovalParty[] = ['Ks', 'Directorate'];

// Keys are spelled out so the translation-key test can find them.
export const APPROVE_LABELS: Record<ApprovalParty, string> = {
  Ks: 'Page:Programme.Approval.ApproveKs',
  Directorate: 'Page:Programme.Approval.ApproveDirectorate',
};

export interface PartyCard {
  party: ApprovalParty;
  /** Translation key of the party's name. */
  label: string;
  approval: Approval | null;
  /** The caller approves for this party. */
  mine: boolean;
}

export interface ApprovalState {
  published: boolean;
  publishedAt: string | null;
  cards: PartyCard[];
  /** The party whose "approve" button the caller sees, if any. */
  approveFor: ApprovalParty | null;
  /** A draft approved by one party: saving any change withdraws that approval. */
  resetWarning: boolean;
  /** The caller would approve, but a version without modules cannot be approved. */
  needsModules: boolean;
  /** Name, description and modules may be changed by the caller. */
  canEdit: boolean;
}

/** What the caller may do with the version, from the version and their permissions. */
export interface Allowed {
  edit: boolean;
  approve: boolean;
}

/**
 * Who has approved, who still has to, and what the caller may do. The server decides
 * `canEdit`/`canApprove` for the caller; the permissions only hide what the menu would hide too.
 */
export function approvalState(version: ProgrammeVersion, allowed: Allowed): ApprovalState {
  const published = version.status === 'Published';
  const myParty = allowed.approve ? version.myParty : null;
  const cards = PARTIES.map((party) => ({
    party,
    label: enumKey('ApprovalParty', party),
    approval: version.approvals.find((a) => a.party === party) ?? null,
    mine: party === myParty,
  }));
  const approvedByMine = cards.some((card) => card.mine && card.approval);
  return {
    published,
    publishedAt: published ? version.publishedAt : null,
    cards,
    approveFor: !published && version.canApprove && myParty ? myParty : null,
    resetWarning: !published && version.approvals.length === 1,
    needsModules: !published && !!myParty && !approvedByMine && version.modules.length === 0,
    canEdit: !published && version.canEdit && allowed.edit,
  };
}

/**
 * The joint ownership at a glance: one card per owner with who approved and when, or that the
 * approval is still missing, and the caller's own "approve" button.
 */
@Component({
  selector: 'app-approval-panel',
  imports: [TranslatePipe, MatButtonModule, MatIconModule, OsloDatePipe],
  template: `
    <section class="approval" aria-labelledby="approval-heading" data-testid="approval-panel">
      <h2 id="approval-heading">{{ 'Page:Programme.Approval.Title' | translate }}</h2>
      @if (state().published) {
        <p class="banner published" data-testid="published-banner">
          <mat-icon svgIcon="checkmark" aria-hidden="true" />
          {{
            'Page:Programme.Approval.Published'
              | translate: { date: state().publishedAt | osloDate: language.current() }
          }}
        </p>
      } @else {
        <p class="intro">{{ 'Page:Programme.Approval.Intro' | translate }}</p>
        @if (state().resetWarning) {
          <p class="banner warning" data-testid="reset-warning">
            {{ 'Page:Programme.Approval.ResetNotice' | translate }}
          </p>
        }
      }
      <div class="cards">
        @for (card of state().cards; track card.party) {
          <section
            class="card"
            [class.approved]="card.approval"
            [attr.aria-labelledby]="'party-' + card.party"
            [attr.data-testid]="'party-' + card.party"
          >
            <h3 [id]="'party-' + card.party">
              {{ card.label | translate }}
              @if (card.mine) {
                <span class="mine">{{ 'Page:Programme.Approval.YourParty' | translate }}</span>
              }
            </h3>
            @if (card.approval; as approval) {
              <p class="status">
                <mat-icon svgIcon="checkmark" aria-hidden="true" />
                {{
                  'Page:Programme.Approval.ApprovedBy'
                    | translate
                      : {
                          name: approval.approvedBy,
                          date: approval.approvedAt | osloDate: language.current() : true,
                        }
                }}
              </p>
            } @else {
              <p class="status waiting">{{ 'Page:Programme.Approval.Waiting' | translate }}</p>
            }
            @if (state().approveFor === card.party) {
              <button
                mat-flat-button
                type="button"
                [disabled]="busy()"
                (click)="approve.emit(card.party)"
              >
                {{ approveLabels[card.party] | translate }}
              </button>
            }
            @if (card.mine && state().needsModules) {
              <p class="hint">{{ 'Page:Programme.Approval.NeedsModules' | translate }}</p>
            }
          </section>
        }
      </div>
    </section>
  `,
  styles: `
    .intro {
      max-width: 70ch;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
      gap: 16px;
      max-width: 900px;
    }
    .card {
      border: 1px solid var(--ax-border-neutral-subtle);
      border-left: 6px solid var(--ax-border-neutral);
      border-radius: 8px;
      padding: 12px 16px;
    }
    .card.approved {
      border-left-color: var(--ax-border-success);
      background: var(--ax-bg-success-soft);
    }
    .card h3 {
      margin: 0 0 8px;
      font-size: 1.125rem;
    }
    .mine {
      display: block;
      font-size: 0.875rem;
      font-weight: 400;
      color: var(--ax-text-neutral-subtle);
    }
    .status {
      display: flex;
      gap: 6px;
      align-items: center;
      margin: 0 0 12px;
    }
    .status.waiting {
      font-style: italic;
    }
    .hint {
      font-size: 0.875rem;
      margin: 8px 0 0;
    }
    .banner {
      display: flex;
      gap: 8px;
      align-items: center;
      max-width: 900px;
      padding: 12px 16px;
      border-radius: 8px;
      border: 1px solid;
      font-weight: 600;
    }
    .banner.published {
      background: var(--ax-bg-success-soft);
      border-color: var(--ax-border-success);
    }
    .banner.warning {
      background: var(--ax-bg-warning-soft);
      border-color: var(--ax-border-warning);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalPanel {
  readonly state = input.required<ApprovalState>();
  /** An approval is being sent. */
  readonly busy = input(false);
  /** The caller asked to approve for their party (the page confirms and sends it). */
  readonly approve = output<ApprovalParty>();

  protected readonly language = inject(LanguageService);
  protected readonly approveLabels = APPROVE_LABELS;
}
