import { expect } from '@open-wc/testing';
import { MediaTime } from '../src/player/media-time.js';

describe('MediaTime (the player\'s media-time source)', () => {
  it('tells every subscriber the time the playhead reports, in subscription order, until it unsubscribes', () => {
    const time = new MediaTime();
    const heard: string[] = [];
    time.subscribe((seconds) => heard.push(`transcript ${seconds}`));
    const stop = time.subscribe((seconds) => heard.push(`chapters ${seconds}`));
    time.publish(12);
    stop();
    time.publish(13);
    expect(heard).to.deep.equal(['transcript 12', 'chapters 12', 'transcript 13']);
  });

  it('seeks through the playhead in use, and says where it is', () => {
    const time = new MediaTime();
    let at = 0;
    time.seek(5); // nothing plays yet: nothing to move
    expect(time.now).to.equal(0);
    time.use({ seek: (seconds) => (at = seconds), now: () => at });
    time.seek(42);
    expect([at, time.now]).to.deep.equal([42, 42]);
    time.use(undefined);
    expect(time.now).to.equal(0);
  });
});
