import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  OnDestroy,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorMessages } from '../../core/error-messages';
import { ScormApi, ScormCommitResult, ScormPackage } from '../../data/scorm-api';
import { Alert } from '../../shared/alert';
import { ScormRuntime } from './scorm-runtime';

/**
 * Runs a SCORM package of a course: a table of contents when the package has several SCOs, the SCO in a frame, and
 * its status and score as the server has them after each commit.
 */
@Component({
  selector: 'app-scorm-player',
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, TranslatePipe, Alert],
  template: `
    <p class="back">
      <a [routerLink]="['/courses', courseId()]">{{ 'Page:Scorm.BackToCourse' | translate }}</a>
    </p>
    <h1>{{ pkg()?.title ?? ('Page:Scorm.Title' | translate) }}</h1>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Ui:Loading' | translate" />
    }
    <app-alert [message]="error()" />
    <p class="status" role="status" data-testid="scorm-status">
      @if (pkg(); as p) {
        @if (completed()) {
          {{ 'Page:Scorm.Completed' | translate }}
        } @else {
          {{ 'Page:Scorm.InProgress' | translate }}
        }
        @if (score() !== null) {
          · {{ 'Page:Scorm.Score' | translate: { score: score() } }}
        }
      }
    </p>
    <div class="player" [class.with-toc]="scos().length > 1">
      @if (scos().length > 1) {
        <nav [attr.aria-label]="'Page:Scorm.Contents' | translate" class="toc">
          <ul>
            @for (item of pkg()?.scos ?? []; track item.identifier) {
              <li [style.padding-inline-start.rem]="item.level">
                @if (item.launchable) {
                  <button
                    mat-button
                    type="button"
                    [attr.aria-current]="item.identifier === current() ? 'step' : null"
                    (click)="open(item.identifier)"
                  >
                    {{ item.title }}
                    <span class="sco-status">{{ statusText(item.status) | translate }}</span>
                  </button>
                } @else {
                  <span class="heading">{{ item.title }}</span>
                }
              </li>
            }
          </ul>
        </nav>
      }
      @if (contentUrl(); as url) {
        <iframe [src]="url" [title]="frameTitle()" data-testid="scorm-frame"></iframe>
      }
    </div>
  `,
  styles: `
    .player {
      display: grid;
      gap: 16px;
    }
    .player.with-toc {
      grid-template-columns: minmax(180px, 260px) 1fr;
    }
    @media (max-width: 700px) {
      .player.with-toc {
        grid-template-columns: 1fr;
      }
    }
    .toc ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .toc button[aria-current] {
      font-weight: 700;
      text-decoration: underline;
    }
    .sco-status {
      display: block;
      font-size: 0.85em;
    }
    .heading {
      font-weight: 600;
    }
    iframe {
      width: 100%;
      min-height: 70vh;
      border: 1px solid var(--ax-border-neutral-subtle);
      border-radius: 8px;
      background: #fff;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScormPlayerPage implements OnDestroy {
  private readonly api = inject(ScormApi);
  private readonly errors = inject(ErrorMessages);
  private readonly sanitizer = inject(DomSanitizer);

  readonly courseId = input.required<string>();
  readonly packageId = input.required<string>();

  protected readonly pkg = signal<ScormPackage | null>(null);
  protected readonly current = signal<string | null>(null);
  protected readonly contentUrl = signal<SafeResourceUrl | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  private readonly latest = signal<ScormCommitResult | null>(null);
  private runtime: ScormRuntime | null = null;

  protected readonly scos = computed(() => (this.pkg()?.scos ?? []).filter((s) => s.launchable));
  protected readonly completed = computed(
    () => this.latest()?.packageCompleted ?? this.pkg()?.completed ?? false,
  );
  protected readonly score = computed(() => {
    const score = this.latest()?.scorePercent ?? this.pkg()?.scorePercent;
    return score === null || score === undefined ? null : score;
  });
  protected readonly frameTitle = computed(
    () => this.scos().find((s) => s.identifier === this.current())?.title ?? '',
  );

  constructor() {
    effect(() => {
      const packageId = this.packageId();
      untracked(() => void this.load(packageId));
    });
  }

  ngOnDestroy(): void {
    this.runtime?.stop();
    this.runtime = null;
  }

  protected statusText(status: string | null | undefined): string {
    return `Page:Scorm.ScoStatus.${status ?? 'not attempted'}`;
  }

  private async load(packageId: string): Promise<void> {
    this.loading.set(true);
    try {
      const pkg = await this.api.package(packageId);
      this.pkg.set(pkg);
      const next =
        pkg.scos.find((s) => s.launchable && !['completed', 'passed'].includes(s.status ?? '')) ??
        pkg.scos.find((s) => s.launchable);
      await this.open(next?.identifier ?? null);
    } catch (error) {
      this.error.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async open(sco: string | null): Promise<void> {
    this.runtime?.stop();
    this.runtime = null;
    this.contentUrl.set(null);
    this.error.set(null);
    try {
      const launch = await this.api.launch(this.packageId(), sco);
      this.runtime = await ScormRuntime.start(launch, (cmi) => {
        this.api.commit(launch.attemptId, launch.session, cmi).then(
          (result) => this.committed(launch.scoIdentifier, result),
          (error: unknown) => this.error.set(this.errors.describe(error)),
        );
      });
      this.current.set(launch.scoIdentifier);
      this.contentUrl.set(this.sanitizer.bypassSecurityTrustResourceUrl(launch.contentUrl));
    } catch (error) {
      this.error.set(this.errors.describe(error));
    }
  }

  private committed(sco: string, result: ScormCommitResult | null): void {
    if (!result) return;
    this.latest.set(result);
    this.pkg.update((p) =>
      p
        ? {
            ...p,
            scos: p.scos.map((s) =>
              s.identifier === sco
                ? { ...s, status: result.status, scorePercent: result.scorePercent }
                : s,
            ),
          }
        : p,
    );
  }
}
