import { ExplainerLink } from './ExplainerLink.tsx'

/** The standing reminder that this is education, not diagnosis, with the way to the red flags. */
export function EducationNote() {
  return (
    <p className="education-note" role="note">
      <strong>For education, not diagnosis.</strong>{' '}
      <span className="wide-only">
        TriggerMap shows what the trigger-point literature describes; it cannot tell what causes your pain. See a
        clinician about pain that is new, severe or getting worse.{' '}
      </span>
      <ExplainerLink id="when_to_see_a_clinician">When to see a clinician</ExplainerLink>
    </p>
  )
}
