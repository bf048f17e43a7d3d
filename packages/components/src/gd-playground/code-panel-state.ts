/**
 * What the step-as-code panel keeps between renders (the language shown, the program just copied).
 * The element holds it from the start; the panel's template and programs load later (secondary-panels.ts).
 */

export type CodeLanguage = 'python' | 'typescript';

/** The panel's own state: the language shown, and which program was just copied. */
export class CodePanelState {
  language: CodeLanguage = 'python';
  copied?: 'loops' | 'vectorised';

  constructor(private readonly requestUpdate: () => void) {}

  setLanguage(language: CodeLanguage): void {
    this.language = language;
    this.copied = undefined;
    this.requestUpdate();
  }

  async copy(which: 'loops' | 'vectorised', text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = which;
    } catch {
      this.copied = undefined;
    }
    this.requestUpdate();
  }
}
