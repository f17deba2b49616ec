// Issue 17: a survey refuses at once an action that can never succeed (javascript:, data:, an
// invalid URL) with a crm-error naming the field, and queues nothing: it used to be stored in the
// outbox and retried forever.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/nps-survey/index.js';
import '../../../src/components/csat-survey/index.js';
import '../../../src/components/ces-survey/index.js';
import { outboxEntries } from '../../../src/data/index.js';
import { resetStorage } from '../nps-survey/helpers.js';

type Survey = HTMLElement & { updateComplete: Promise<boolean> };

describe('a survey action that can never succeed', () => {
  beforeEach(resetStorage);
  afterEach(resetStorage);

  for (const tag of ['nps-survey', 'csat-survey', 'ces-survey']) {
    for (const action of ['javascript:alert(1)', 'data:application/json,{}', 'http://[']) {
      it(`<${tag} action="${action}">: refused at once, nothing queued or sent`, async () => {
        const el = await fixture<Survey>(
          html`<div>
            ${document
              .createRange()
              .createContextualFragment(`<${tag} min-answer-time="0" throttle-days="0"></${tag}>`)}
          </div>`,
        ).then((box) => box.firstElementChild as Survey);
        el.setAttribute('action', action);
        await el.updateComplete;
        const error = oneEvent(el, 'crm-error');
        el.shadowRoot!.querySelector<HTMLElement>('[data-score="3"]')!.click();
        const { detail } = await error;
        expect(detail).to.include({ kind: 'schema', field: 'action' });
        expect(detail.message).to.include(action);
        expect(outboxEntries()).to.deep.equal([]);
      });
    }
  }
});
