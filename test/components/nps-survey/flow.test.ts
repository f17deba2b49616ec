import { expect } from '@open-wc/testing';
import { npsResponseSchema } from '../../../src/data/index.js';
import {
  choose,
  collector,
  has,
  mount,
  outboxDrained,
  part,
  question,
  receivedAtLeast,
  record,
  resetStorage,
  send,
  typeComment,
} from './helpers.js';

describe('<nps-survey> flow', () => {
  beforeEach(resetStorage);

  it('asks, sends the score at once, asks the follow-up, sends the comment under the same id, thanks', async () => {
    const url = collector();
    const el = await mount({ attrs: { action: url, brand: 'Acme', lang: 'en' } });
    const events = record(el, ['nps-score', 'nps-submit', 'nps-submitted']);
    expect(el.step).to.equal('question');
    expect(question(el)).to.equal(
      'How likely are you to recommend \u2068Acme\u2069 to a friend or colleague?',
    );
    await choose(el, 3);
    expect(el.step).to.equal('follow-up');
    expect(part(el, 'follow-up').textContent).to.contain('What could we do better?');
    const first = await receivedAtLeast(url, 1);
    expect(first.methods).to.deep.equal(['POST']);
    expect(first.types[0]).to.equal('application/json');
    const body = first.bodies[0]!;
    expect(npsResponseSchema.safeParse(body).success).to.equal(true);
    expect(body).to.include({ score: 3, category: 'detractor', locale: 'en' });
    expect(body.comment).to.equal(undefined);
    await typeComment(el, 'Faster support, please');
    await send(el);
    expect(el.step).to.equal('thanks');
    expect(has(el, 'thanks')).to.equal(true);
    const both = await receivedAtLeast(url, 2);
    expect(both.bodies[1]).to.include({ id: body.id, score: 3, comment: 'Faster support, please' });
    await outboxDrained();
    expect(events.map((e) => e.type)).to.deep.equal([
      'nps-score',
      'nps-submit',
      'nps-submitted',
      'nps-submit',
      'nps-submitted',
    ]);
  });
});
