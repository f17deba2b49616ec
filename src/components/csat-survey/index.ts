import { define } from '../define.js';
import { CsatSurvey } from './csat-survey.js';

export { CsatSurvey };
export type {
  SurveyStep,
  CsatAppearance,
  CsatScoreDetail,
  CsatSubmitDetail,
  CsatSubmittedDetail,
  CsatDismissDetail,
  CsatErrorDetail,
} from './csat-survey.js';

define('csat-survey', CsatSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'csat-survey': CsatSurvey;
  }
}
