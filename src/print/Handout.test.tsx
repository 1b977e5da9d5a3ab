import { act, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { muscleCatalogue as muscles } from '../data/muscle-catalogue.ts'
import { resetStore, selectMuscle } from '../state/store.ts'
import { Handout } from './Handout.tsx'
import { clinicalText } from '../data/muscle-text.ts'
import { handoutContent } from './handoutContent.ts'
import { HandoutSection } from './HandoutSection.tsx'
import { setHandoutSections, useHandoutStore } from './handoutStore.ts'

const picture = (view: 'front' | 'back') => ({ view, url: 'data:image/png;base64,', width: 530, height: 780 })

afterEach(() => {
  act(() => setHandoutSections([]))
  resetStore()
})

describe('a handout section', () => {
  const content = handoutContent({ muscle: 'gluteus_minimus', side: 'left' }, clinicalText)
  const link = 'https://example.org/?v=2&m=gluteus_minimus&s=l'

  it('holds no control: nothing to press or fill in on paper', () => {
    render(<HandoutSection section={{ content, pictures: [picture('front'), picture('back')], link }} />)
    expect(screen.queryAllByRole('button')).toEqual([])
    expect(screen.queryAllByRole('textbox')).toEqual([])
  })

  it('shows the names, both pictures described in words, the steps, the sources and the link with its QR code', () => {
    render(<HandoutSection section={{ content, pictures: [picture('front'), picture('back')], link }} />)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Left gluteus minimus')
    expect(screen.getByText(muscles.gluteus_minimus.latin)).toBeInTheDocument()
    const images = screen.getAllByRole('img', { name: /seen from the (front|back)/ })
    expect(images).toHaveLength(2)
    expect(screen.getByText(muscles.gluteus_minimus.selfCare.stretch.steps[0]!)).toBeInTheDocument()
    const sources = screen.getByRole('heading', { name: 'Sources' }).parentElement!
    expect(within(sources).getAllByRole('listitem')).toHaveLength(content.sources.length)
    expect(screen.getByRole('link', { name: link })).toHaveAttribute('href', link)
    expect(screen.getByRole('img', { name: /QR code/ })).toBeInTheDocument()
  })
})

describe('the handout root', () => {
  it('is empty until a print, then holds the muscle on screen for Ctrl/Cmd+P, and goes after it', () => {
    const { container } = render(<Handout />)
    expect(container.querySelector('.handout')).toBeNull()

    // Nothing selected: nothing to prepare, the page prints without its controls.
    act(() => void window.dispatchEvent(new Event('beforeprint')))
    expect(container.querySelector('.handout')).toBeNull()

    act(() => selectMuscle({ muscle: 'soleus', side: 'right' }))
    act(() => void window.dispatchEvent(new Event('beforeprint')))
    expect(within(container).getByRole('heading', { level: 2 })).toHaveTextContent('Right soleus')
    expect(useHandoutStore.getState().sections).toHaveLength(1)

    act(() => void window.dispatchEvent(new Event('afterprint')))
    expect(container.querySelector('.handout')).toBeNull()
  })

  it('keeps a prepared handout (a patient list) when the print starts', () => {
    const list = ['gluteus_minimus', 'piriformis'] as const
    act(() =>
      setHandoutSections(
        list.map((muscle) => ({
          content: handoutContent({ muscle, side: 'left' }, clinicalText),
          pictures: [],
          link: 'x',
        })),
      ),
    )
    act(() => selectMuscle({ muscle: 'soleus', side: 'right' }))
    const { container } = render(<Handout />)
    act(() => void window.dispatchEvent(new Event('beforeprint')))
    expect(
      within(container)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Left gluteus minimus', 'Left piriformis'])
  })
})
