import { expect, waitUntil } from '@open-wc/testing';
import { lazyElement } from '../src/components/lazy.js';

/** What tests/fixtures/sandboxed-probe.js posts from inside the sandboxed frame. */
interface SandboxedReport {
  origin: string;
  storageThrows: boolean;
  step: string;
  failure?: string;
  captionCues?: number;
  transcriptLines?: number;
  listCards?: number;
  detailPlayer?: boolean;
  errors: string[];
}

describe('on host pages', () => {
  describe('inside <iframe sandbox="allow-scripts">, as an LMS embeds content', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    it('captions, the transcript, saving progress, the list and opening a training work with an opaque origin and no storage', async function () {
      this.timeout(30000);
      let report: SandboxedReport | undefined;
      const onMessage = (event: MessageEvent) => {
        if (event.source === frame?.contentWindow && event.data?.type === 'rsp-sandboxed-report') report = event.data.report;
      };
      addEventListener('message', onMessage);
      try {
        frame = document.createElement('iframe');
        frame.setAttribute('sandbox', 'allow-scripts');
        frame.style.cssText = 'width: 900px; height: 700px; border: 0';
        frame.src = '/test-server/sandboxed/sandboxed-page.html';
        document.body.append(frame);
        await waitUntil(() => report, 'the sandboxed page reported', { timeout: 25000 });
      } finally {
        removeEventListener('message', onMessage);
      }
      // The frame really is what an LMS gives us.
      expect(report!.origin, "the frame's origin").to.equal('null');
      expect(report!.storageThrows, 'localStorage throws').to.equal(true);
      expect(report!.failure, `stuck at: ${report!.step}`).to.equal(undefined);
      expect(report!.captionCues, 'caption cues').to.be.greaterThan(0);
      expect(report!.transcriptLines, 'transcript lines').to.be.greaterThan(0);
      expect(report!.listCards, 'cards in the list').to.be.greaterThan(0);
      expect(report!.detailPlayer, "a training opened from the archive's list").to.equal(true);
      expect(report!.errors, 'uncaught errors').to.deep.equal([]);
    });
  });

  describe('when a lazy chunk cannot load', () => {
    let errors: unknown[][];
    const original = console.error;
    beforeEach(() => {
      errors = [];
      console.error = (...args: unknown[]) => errors.push(args);
    });
    afterEach(() => {
      console.error = original;
    });

    it("says what a Trusted Types policy must allow when Lit's policy is refused, once per page", async () => {
      // What the browser throws when a second copy of Lit asks for its policy without 'allow-duplicates'.
      const refused = () =>
        Promise.reject(
          new TypeError(`Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy with name "lit-html" already exists.`),
        );
      lazyElement('rsp-test-refused-one', refused);
      lazyElement('rsp-test-refused-two', refused);
      document.body.append(document.createElement('rsp-test-refused-one'), document.createElement('rsp-test-refused-two'));
      await waitUntil(() => errors.length > 0, 'a console error');
      await new Promise((resolve) => setTimeout(resolve, 50));
      document.querySelectorAll('rsp-test-refused-one, rsp-test-refused-two').forEach((element) => element.remove());
      expect(errors).to.have.length(1);
      const message = String(errors[0][0]);
      expect(message).to.include('rsp-archive');
      expect(message).to.include('trusted-types lit-html');
      expect(message).to.include("'allow-duplicates'");
    });

    it('says where the chunks must be served from when the request fails', async () => {
      lazyElement('rsp-test-missing', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      document.body.append(document.createElement('rsp-test-missing'));
      await waitUntil(() => errors.length > 0, 'a console error');
      document.querySelector('rsp-test-missing')!.remove();
      expect(String(errors[0][0])).to.include('rsp-archive: could not load <rsp-test-missing>');
      expect(String(errors[0][0])).to.include('dist/chunks/');
    });
  });
});
