// Every story of stories/csat-survey.stories.ts, rendered and checked in each host page (see harness.ts).
import * as stories from '../../stories/csat-survey.stories.js';
import { storyTests } from './harness.js';

storyTests(stories);
