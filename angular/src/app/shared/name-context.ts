import { afterEveryRender, Directive, ElementRef, inject, input } from '@angular/core';

/**
 * Adds what a button or link acts on to its accessible name, after its visible label:
 * `<button [appNameContext]="person.name">Trekk fra kullet</button>` is read out as
 * "Trekk fra kullet: Kari Nordmann". The name is built from the label the button shows, so it always
 * starts with the words a speech-input user sees and says (WCAG 2.5.3, label in name); a separately
 * translated name drifts from the label ("Trekk Kari Nordmann fra kullet").
 */
@Directive({ selector: '[appNameContext]' })
export class NameContext {
  /** What the control acts on; without it the visible label is the whole name. */
  readonly appNameContext = input<string | null | undefined>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    // After every render: the label changes with the language, the context with the data.
    afterEveryRender({ write: () => this.update() });
  }

  private update(): void {
    const element = this.host.nativeElement;
    const label = visibleText(element);
    const context = this.appNameContext()?.trim();
    const name = label && context ? `${label}: ${context}` : null;
    if (name === null) element.removeAttribute('aria-label');
    else if (element.getAttribute('aria-label') !== name) element.setAttribute('aria-label', name);
  }
}

/** The label as shown: icons and text hidden from sight or from assistive technology left out. */
function visibleText(element: HTMLElement): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    if (
      node.getAttribute('aria-hidden') === 'true' ||
      node.matches('mat-icon, .visually-hidden, .cdk-visually-hidden')
    ) {
      return;
    }
    node.childNodes.forEach(walk);
  };
  element.childNodes.forEach(walk);
  return text.replace(/\s+/g, ' ').trim();
}
