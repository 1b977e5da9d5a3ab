import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MuscleDetails } from './MuscleDetails.tsx'

describe('the text atlas names patterns drawn on both sides', () => {
  it('says the left rectus abdominis back band is felt on the right too', () => {
    render(<MuscleDetails muscle="rectus_abdominis" side="left" />)
    const lines = screen.getAllByText(/Also on the other side \(right\):/)
    expect(lines.map((l) => l.textContent)).toContain('Also on the other side (right): Thoracolumbar area')
  })

  it('marks the sternocleidomastoid forehead pain on the other side as spillover', () => {
    render(<MuscleDetails muscle="sternocleidomastoid" side="right" />)
    expect(screen.getByText('Also on the other side (left): Forehead (spillover)')).toBeInTheDocument()
  })

  it('says nothing about the other side for a one-sided pattern', () => {
    render(<MuscleDetails muscle="infraspinatus" side="left" />)
    expect(screen.queryByText(/Also on the other side/)).toBeNull()
  })
})
