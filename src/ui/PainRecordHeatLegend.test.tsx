import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { heatColour, heatGradient, PainRecordHeatLegend } from './PainRecordHeatLegend.tsx'

describe('the heat legend', () => {
  it('runs pale yellow, teal-green at half, dark blue for all, as the skin shader does', () => {
    expect(heatColour(0)).toBe('#ffffcc')
    expect(heatColour(0.5)).toBe('#41b6c4')
    expect(heatColour(1)).toBe('#253494')
    expect(heatColour(0.25)).toBe(`#${[0xa0, 0xdb, 0xc8].map((v) => v.toString(16)).join('')}`)
  })

  it('starts the bar at the colour of an area marked in one drawing', () => {
    expect(heatGradient(2)).toBe('linear-gradient(to right, #41b6c4 0%, #253494 100%)')
    expect(heatGradient(4)).toBe('linear-gradient(to right, #a0dbc8 0%, #41b6c4 33%, #253494 100%)')
    expect(heatGradient(1)).toBe('#253494')
  })

  it('names its ends by drawings, and shows nothing with none', () => {
    const { rerender, container } = render(<PainRecordHeatLegend drawings={3} />)
    expect(screen.getByText('Marked in 1 drawing')).toBeInTheDocument()
    expect(screen.getByText('in all 3')).toBeInTheDocument()
    rerender(<PainRecordHeatLegend drawings={1} />)
    expect(screen.getByText('Marked in the 1 drawing')).toBeInTheDocument()
    rerender(<PainRecordHeatLegend drawings={0} />)
    expect(container).toBeEmptyDOMElement()
  })
})
