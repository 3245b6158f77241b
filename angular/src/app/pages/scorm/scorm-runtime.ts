import type { ScormLaunch } from '../../data/scorm-api';

/** The SCORM API object scorm-again provides, as far as the player uses it. */
interface ScormAgainApi {
  loadFromFlattenedJSON(json: Record<string, string>, element?: string): void;
  renderCommitCMI(terminateCommit: boolean, includeTotalTime?: boolean): unknown;
  on(listener: string, callback: (...args: unknown[]) => void): void;
}

type ScormWindow = Window & { API?: unknown; API_1484_11?: unknown };

const AUTOCOMMIT_MS = 30_000;

/**
 * One session of a SCO: the run-time API is scorm-again's (window.API for SCORM 1.2, window.API_1484_11 for 2004),
 * loaded only when a package is opened so that it costs nothing on first load. It starts from the server's data and
 * hands what the SCO wrote to {@link send} when the SCO commits or finishes, every 30 seconds while anything changed,
 * and when the page goes away.
 */
export class ScormRuntime {
  private dirty = false;
  private finished = false;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly onPageHide = () => this.flush();

  private constructor(
    private readonly api: ScormAgainApi,
    private readonly is2004: boolean,
    private readonly send: (cmi: Record<string, string>) => void,
  ) {
    const prefix = is2004 ? '' : 'LMS';
    api.on(`${prefix}SetValue.cmi.*`, () => (this.dirty = true));
    api.on(is2004 ? 'SetValue.adl.*' : 'LMSSetValue.adl.*', () => (this.dirty = true));
    api.on(`${prefix}Commit`, () => this.flush(true));
    api.on(is2004 ? 'Terminate' : 'LMSFinish', () => {
      this.flush(true);
      this.finished = true;
    });
    this.timer = setInterval(() => this.flush(), AUTOCOMMIT_MS);
    window.addEventListener('pagehide', this.onPageHide);
  }

  static async start(
    launch: ScormLaunch,
    send: (cmi: Record<string, string>) => void,
  ): Promise<ScormRuntime> {
    const settings = {
      autocommit: false,
      lmsCommitUrl: false,
      dataCommitFormat: 'flattened',
      logLevel: 5,
    };
    const target = window as ScormWindow;
    const is2004 = launch.version !== 'Scorm12';
    let api: ScormAgainApi;
    // The ES modules export the classes by name; the bundled typings call them default exports.
    type Constructor = new (settings: object) => ScormAgainApi;
    if (is2004) {
      const module = (await import('scorm-again/scorm2004')) as unknown as Record<
        string,
        Constructor
      >;
      api = new module['Scorm2004API'](settings);
      target.API_1484_11 = api;
    } else {
      const module = (await import('scorm-again/scorm12')) as unknown as Record<
        string,
        Constructor
      >;
      api = new module['Scorm12API'](settings);
      target.API = api;
    }
    api.loadFromFlattenedJSON({ ...launch.cmi });
    return new ScormRuntime(api, is2004, send);
  }

  /** Sends the SCO's data when anything changed (or always, when the SCO asked to commit). */
  flush(force = false): void {
    if (this.finished || (!force && !this.dirty)) return;
    this.dirty = false;
    this.send(ScormRuntime.values(this.api.renderCommitCMI(false)));
  }

  /** Commits what is left and removes the API, so that no later page finds a finished session. */
  stop(): void {
    this.flush();
    this.finished = true;
    clearInterval(this.timer);
    window.removeEventListener('pagehide', this.onPageHide);
    const target = window as ScormWindow;
    if (this.is2004) delete target.API_1484_11;
    else delete target.API;
  }

  /** The elements with a value; empty collections come as objects and are left out. */
  private static values(commit: unknown): Record<string, string> {
    const cmi: Record<string, string> = {};
    for (const [name, value] of Object.entries(commit as Record<string, unknown>)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        cmi[name] = String(value);
      }
    }
    return cmi;
  }
}
