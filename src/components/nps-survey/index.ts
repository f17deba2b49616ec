import { define } from '../define.js';
import { NpsSurvey } from './nps-survey.js';

export { NpsSurvey };
export type {
  SurveyStep,
  NpsScoreDetail,
  NpsSubmitDetail,
  NpsSubmittedDetail,
  NpsDismissDetail,
  NpsErrorDetail,
} from './nps-survey.js';
export { SURVEY_KEY } from './throttle.js';

define('nps-survey', NpsSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'nps-survey': NpsSurvey;
  }
}
