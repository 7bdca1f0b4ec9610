/**
 * The viewer's caption style: size, text colour, background and font of the captions on the video, chosen under it,
 * remembered for the next player, and reset. Firefox reports the style of `::cue` to scripts and is checked there;
 * Chromium does not (`getComputedStyle(video, '::cue')` gives the element's own), so there the style sheet the player
 * adopted is read instead.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearStoredProgress, clickOn, metadata, renderPlayer, videoOf } from './player-helpers.js';

const choices = (element: Element) => element.shadowRoot!.querySelector<HTMLDetailsElement>('details.caption-style')!;
const select = (element: Element, label: string) =>
  [...choices(element).querySelectorAll('label')].find((each) => each.textContent!.trim().startsWith(label))!.querySelector('select')!;
/** The `::cue` rule the player applies: from the computed style where the browser reports it, else its style sheet. */
function cueStyle(element: Element) {
  const video = element.shadowRoot!.querySelector('video')!;
  const computed = getComputedStyle(video, '::cue');
  const rules = (element.shadowRoot as ShadowRoot).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).map((rule) => rule.cssText).filter((text) => text.includes('::cue'));
  return { color: computed.color, fontSize: computed.fontSize, rules: rules.join(' ') };
}

describe('<rsp-training-player> caption style', () => {
  beforeEach(() => {
    clearStoredProgress();
    localStorage.removeItem('rsp-archive:caption-style');
  });

  it('is chosen by keyboard, applied to the captions, remembered, and reset', async () => {
    const element = await renderPlayer('tist');
    await metadata(videoOf(element));
    const details = choices(element);
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await expect(element).to.be.accessible();

    const size = select(element, 'Size');
    size.focus();
    size.value = '200';
    size.dispatchEvent(new Event('change'));
    const color = select(element, 'Text');
    color.value = 'yellow';
    color.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const styled = cueStyle(element);
    expect(styled.rules).to.match(/font-size: 200%/);
    expect(styled.rules).to.match(/color: (rgb\(255, 255, 0\)|#ff0|yellow)/);
    if (navigator.userAgent.includes('Firefox')) expect(styled.color).to.equal('rgb(255, 255, 0)');

    // Another player (a reload, another page of the site): the same style.
    element.remove();
    const again = await renderPlayer('tist');
    expect(select(again, 'Size').value).to.equal('200');
    expect(cueStyle(again).rules).to.match(/font-size: 200%/);
    // Esc closes the choices, back on their button.
    choices(again).open = true;
    select(again, 'Font').focus();
    await sendKeys({ press: 'Escape' });
    expect(choices(again).open).to.equal(false);
    expect(again.shadowRoot!.activeElement).to.equal(choices(again).querySelector('summary'));
    const reset = [...choices(again).querySelectorAll('button')].find((each) => each.textContent === 'Reset caption style')!;
    choices(again).open = true;
    await clickOn(reset);
    await again.updateComplete;
    expect(cueStyle(again).rules).to.equal('');
    expect(select(again, 'Size').value).to.equal('100');
    expect(reset.disabled).to.equal(true);
  });
});
