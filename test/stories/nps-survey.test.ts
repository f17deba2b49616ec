// Every story of stories/nps-survey.stories.ts, rendered and checked in each host page (see harness.ts).
import * as stories from '../../stories/nps-survey.stories.js';
import { storyTests } from './harness.js';

storyTests(stories);
