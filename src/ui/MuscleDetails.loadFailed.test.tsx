import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { lazyModule } from '../state/lazyModule.ts'
import { MuscleDetails } from './MuscleDetails.tsx'

// The clinical text cannot be fetched (offline before it was ever loaded).
vi.mock('./clinicalText.ts', () => ({ clinicalText: lazyModule(() => Promise.reject(new Error('offline'))) }))

describe('a muscle panel whose clinical text cannot be fetched', () => {
  it('says so plainly, and keeps the name, the danger notice and the zones', async () => {
    render(<MuscleDetails muscle="soleus" side="left" />)
    expect(await screen.findByText('The rest of this page could not be loaded. Reload the page to see it.')).toHaveRole(
      'status',
    )
    expect(screen.getByRole('heading', { level: 2, name: 'Left soleus' })).toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveAttribute('data-red-flags', expect.stringContaining('deep_vein_thrombosis'))
    expect(screen.getAllByText(/Essential zone:/).length).toBeGreaterThan(0)
    expect(screen.getByRole('article')).toHaveAttribute('aria-busy', 'false')
  })
})
