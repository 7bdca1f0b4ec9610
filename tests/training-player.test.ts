import { expect } from '@open-wc/testing';
import { shadowText } from './helpers.js';
import { clearStoredProgress, renderPlayer, videoOf } from './player-helpers.js';

describe('<rsp-training-player>', () => {
  beforeEach(clearStoredProgress);
  afterEach(clearStoredProgress);

  it('shows the training, the session of how many, presenters and date', async () => {
    const element = await renderPlayer('tist');
    const text = shadowText(element);
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Trauma-Informed Stabilization Treatment (TIST)');
    expect(text).to.include('Session 1 of 2: Module 1: Safety and stabilization');
    expect(text).to.include('Presented by Ilse Marchetti-Obi, PhD');
    expect(text).to.include('March 4, 2021');
    await expect(element).to.be.accessible();
  });

  it('has every captions track, the page language first, and switches them from the Captions menu', async () => {
    const element = await renderPlayer('tist');
    const video = videoOf(element);
    const tracks = [...video.textTracks];
    expect(tracks.map((track) => [track.label, track.language])).to.deep.equal([
      ['English', 'en'],
      ['Español', 'es'],
    ]);
    expect(tracks.map((track) => track.mode)).to.deep.equal(['showing', 'disabled']);
    const select = [...element.shadowRoot!.querySelectorAll('label')]
      .find((label) => label.textContent!.includes('Captions'))!
      .querySelector('select')!;
    expect([...select.options].map((option) => option.text)).to.deep.equal(['Off', 'English', 'Español']);
    select.focus();
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(tracks.map((track) => track.mode)).to.deep.equal(['disabled', 'showing']);
    // The Spanish track is marked automatic in the catalog.
    expect(shadowText(element)).to.include('These captions were made automatically and may contain errors.');
    select.value = '-1';
    select.dispatchEvent(new Event('change'));
    expect(tracks.map((track) => track.mode)).to.deep.equal(['disabled', 'disabled']);
  });

  it('says which training id is unknown', async () => {
    const element = await renderPlayer('no-such-training');
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('There is no training with the id "no-such-training" in this archive.');
    await expect(element).to.be.accessible();
  });
});
