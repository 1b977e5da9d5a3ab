import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FibromyalgiaCheck } from './FibromyalgiaCheck.tsx'

async function answer(user: ReturnType<typeof userEvent.setup>, level: RegExp, months: 'Yes' | 'No') {
  for (const q of [/Tiredness/, /Waking up tired/, /Trouble thinking/]) {
    const group = screen.getByRole('group', { name: q })
    await user.click(within(group).getByRole('radio', { name: level }))
  }
  const duration = screen.getByRole('group', { name: /at least 3 months/ })
  await user.click(within(duration).getByRole('radio', { name: months }))
}

describe('FibromyalgiaCheck', () => {
  it('asks every question before scoring, then shows WPI, SSS, regions and the reasons', async () => {
    const user = userEvent.setup()
    render(<FibromyalgiaCheck prefill={[]} />)
    const submit = screen.getByRole('button', { name: 'Show the result' })
    expect(submit).toBeDisabled()
    expect(screen.getByText(/Still to answer/)).toBeInTheDocument()
    for (const a of [
      'Left shoulder girdle',
      'Right shoulder girdle',
      'Left upper leg',
      'Right lower leg',
      'Neck',
      'Upper back',
      'Lower back',
    ]) {
      await user.click(screen.getByRole('checkbox', { name: a }))
    }
    expect(screen.getByText('7 of 19 areas ticked')).toBeInTheDocument()
    await answer(user, /Moderate/, 'Yes')
    expect(submit).toBeEnabled()
    await user.click(submit)
    expect(screen.getByRole('heading', { name: 'Your answers meet the 2016 criteria' })).toBeInTheDocument()
    expect(screen.getByText('7 of 19')).toBeInTheDocument()
    expect(screen.getByText('6 of 12')).toBeInTheDocument()
    expect(screen.getByText('5 of 5')).toBeInTheDocument()
    expect(screen.getByText(/This is not a diagnosis/)).toBeInTheDocument()
    expect(screen.getByText(/2016 Revisions to the 2010\/2011 fibromyalgia diagnostic criteria/)).toBeInTheDocument()
  })

  it('opens with the marked areas ticked, says so, and a change clears an old result', async () => {
    const user = userEvent.setup()
    render(<FibromyalgiaCheck prefill={['neck', 'lower_leg_l']} />)
    expect(screen.getByRole('note')).toHaveTextContent(/marked on the body are ticked/)
    expect(screen.getByRole('checkbox', { name: 'Neck' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Left lower leg' })).toBeChecked()
    await answer(user, /Severe/, 'No')
    await user.click(screen.getByRole('button', { name: 'Show the result' }))
    expect(screen.getByRole('heading', { name: 'Your answers do not meet the 2016 criteria' })).toBeInTheDocument()
    expect(screen.getByText(/not yet lasted three months/)).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Neck' }))
    expect(screen.queryByRole('heading', { name: /2016 criteria/ })).not.toBeInTheDocument()
  })
})
