import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NameContext } from './name-context';

@Component({
  imports: [NameContext],
  template: `
    <button type="button" [appNameContext]="person()">
      <span aria-hidden="true">×</span>{{ label() }}
    </button>
    <a href="/x" [appNameContext]="null">{{ label() }}</a>
  `,
})
class Host {
  readonly label = signal('Trekk fra kullet');
  readonly person = signal<string | null>('Kari Nordmann');
}

describe('NameContext', () => {
  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, button: element.querySelector('button')!, link: element.querySelector('a')! };
  }

  it('names a button by its visible label first, then what it acts on', () => {
    const { button } = render();
    expect(button.getAttribute('aria-label')).toBe('Trekk fra kullet: Kari Nordmann');
  });

  it('follows a new label (another language) and a new context', () => {
    const { fixture, button } = render();
    fixture.componentInstance.label.set('Trekk frå kullet');
    fixture.componentInstance.person.set('Ola Nordmann');
    fixture.detectChanges();
    expect(button.getAttribute('aria-label')).toBe('Trekk frå kullet: Ola Nordmann');
  });

  it('leaves the visible label as the whole name when there is no context', () => {
    const { fixture, button, link } = render();
    expect(link.hasAttribute('aria-label')).toBe(false);
    fixture.componentInstance.person.set(null);
    fixture.detectChanges();
    expect(button.hasAttribute('aria-label')).toBe(false);
  });
});
