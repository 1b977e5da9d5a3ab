import { act, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { resetStore, useAppStore } from '../state/store.ts'
import { WhereItHurtsPanel } from './WhereItHurtsPanel.tsx'

beforeEach(() => resetStore())

const notices = () => screen.queryAllByRole('note', { name: /check first/i })

describe('"Where does it hurt?" and the notices of what the body shows', () => {
  it('without WebGL (no list, no patterns drawn) the chosen muscle still shows its own notice while a list is compared', () => {
    act(() =>
      useAppStore.setState({
        mode: 'where_it_hurts',
        patientList: [{ muscle: 'pectoralis_major', side: 'left' }],
        comparing: true,
        selected: { muscle: 'pectoralis_major', side: 'left' },
      }),
    )
    render(<WhereItHurtsPanel withTools={false} />)
    expect(
      notices()
        .map((n) => n.textContent)
        .join(' '),
    ).toMatch(/heart/i)
  })

  it('with a list compared and a chosen muscle, the heart notice is shown once in full', () => {
    act(() =>
      useAppStore.setState({
        mode: 'where_it_hurts',
        patientList: [
          { muscle: 'pectoralis_major', side: 'left' },
          { muscle: 'soleus', side: 'left' },
        ],
        comparing: true,
        selected: { muscle: 'pectoralis_major', side: 'left' },
      }),
    )
    render(<WhereItHurtsPanel />)
    const full = notices().filter((n) => /heart/i.test(n.textContent ?? ''))
    expect(full).toHaveLength(1)
    expect(
      notices()
        .map((n) => n.textContent)
        .join(' '),
    ).toMatch(/blood clot/i)
  })
})
