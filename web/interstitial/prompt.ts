import { PAGE_IDS } from '../../src/http/interstitial/page-ids.js';
import type { PageConfig } from './context.js';
import { leave, type Choice } from './leave.js';
import { run } from './run.js';

/**
 * Consent "ask" mode (docs/consent.md): the server renders the dialog; no vendor code loads until
 * Accept. The choice is kept in a first-party cookie. Decline leaves at once and fires nothing.
 * The "continue without deciding" link is a plain link that works without JS; with JS it leaves
 * through `location.replace` like every other exit, storing no choice.
 */
export function ask(cfg: PageConfig, prompt: NonNullable<PageConfig['prompt']>): void {
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  const buttons = [byId(PAGE_IDS.accept), byId(PAGE_IDS.decline)] as HTMLButtonElement[];
  const choose = (choice: Choice) => {
    for (const b of buttons) b.disabled = true;
    document.cookie =
      `${prompt.cookie}=${choice}; Path=/; Max-Age=${prompt.maxAge}; SameSite=Lax` + (prompt.secure ? '; Secure' : '');
    if (choice === 'accept') run(cfg, choice);
    else leave(cfg, [], choice);
  };
  buttons[0]!.onclick = () => choose('accept');
  buttons[1]!.onclick = () => choose('decline');
  byId(PAGE_IDS.skip).onclick = (e) => {
    e.preventDefault();
    leave(cfg, []);
  };
  byId(PAGE_IDS.dialog).focus();
}
