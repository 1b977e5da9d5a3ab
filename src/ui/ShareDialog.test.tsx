import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import jsQR from 'jsqr'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setMode } from '../state/painMarks.ts'
import {
  requestCamera,
  resetStore,
  selectMuscle,
  setAudience,
  setComparing,
  setLayerVisible,
  setPatientList,
  useAppStore,
} from '../state/store.ts'
import qrcode from 'qrcode-generator'
import { QUIET_ZONE, qrModules } from './QrCode.tsx'
import { ShareButton } from './ShareButton.tsx'
import { viewSummary } from './ShareDialog.tsx'

beforeEach(() => resetStore())
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** Draws QR modules as pixels (4 px each, quiet zone included) and reads them back with jsQR. */
function decode(modules: boolean[][]): string | null {
  const scale = 4
  const n = modules.length + 2 * QUIET_ZONE
  const size = n * scale
  const rgba = new Uint8ClampedArray(size * size * 4).fill(255)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dark = modules[Math.floor(y / scale) - QUIET_ZONE]?.[Math.floor(x / scale) - QUIET_ZONE] === true
      if (dark) rgba.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3)
    }
  }
  return jsQR(rgba, size, size)?.data ?? null
}

describe('the QR code', () => {
  it('decodes to exactly the link, short or long', () => {
    const links = [
      'http://127.0.0.1:4173/?v=2&m=gluteus_minimus&s=l',
      'https://triggermap.example/app/?v=2&m=gluteus_minimus&s=r&p=7.e.1k.1l.2a.2b.3c&o=e&w=c&l=md&c=b&k=gluteus_minimus-r.piriformis-r',
    ]
    for (const link of links) expect(decode(qrModules(qrcode, link)!)).toBe(link)
  })

  it('says so, instead of failing, when a text is too long for any QR code', () => {
    expect(qrModules(qrcode, 'x'.repeat(5000))).toBeNull()
  })
})

describe('the share dialog', () => {
  const openDialog = async () => {
    const user = userEvent.setup()
    render(<ShareButton />)
    await user.click(screen.getByRole('button', { name: 'Share' }))
    return user
  }

  it('shows the link of the view in a read-only field, what it reproduces, and its QR code', async () => {
    act(() => {
      selectMuscle({ muscle: 'gluteus_minimus', side: 'left' })
      setAudience('clinician')
      setLayerVisible('skin', false)
      requestCamera({ kind: 'preset', preset: 'back' })
    })
    await openDialog()
    const field = screen.getByRole('textbox', { name: 'Link' })
    expect(field).toHaveAttribute('readonly')
    expect(field).toHaveValue(`${window.location.origin}/?v=2&m=gluteus_minimus&s=l&w=c&l=md&c=b`)
    for (const line of ['Left gluteus minimus', 'Clinical terms', 'Hidden: skin', 'The back view'])
      expect(screen.getByText(line)).toBeInTheDocument()
    expect(screen.getByRole('img', { name: 'QR code of the link' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus()
  })

  it('copies the link and says so', async () => {
    const user = await openDialog()
    // user-event installs its own clipboard on setup: watch it after.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue()
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/`)
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.')
  })

  it('selects the link and tells how to copy it when the browser refuses', async () => {
    const user = await openDialog()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'))
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link' })
    expect(field).toHaveFocus()
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length])
    expect(screen.getByRole('status')).toHaveTextContent(/did not let the page copy.*Ctrl\+C/)
  })

  it('offers the system share sheet only where the browser has one', async () => {
    await openDialog()
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull()
    screen.getByRole('button', { name: 'Close' }).click()
    const share = vi.fn(() => Promise.resolve())
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { share }))
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Share' }))
    await user.click(screen.getByRole('button', { name: 'Share…' }))
    expect(share).toHaveBeenCalledWith(expect.objectContaining({ url: `${window.location.origin}/` }))
  })

  it('closes on Escape and gives focus back to Share', async () => {
    const user = await openDialog()
    expect(screen.getByRole('dialog', { hidden: true })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull()
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus()
  })
})

describe('the summary of what a link reproduces', () => {
  it('names the muscle, mode, marks, wording, hidden layers and view', () => {
    act(() => {
      selectMuscle({ muscle: 'deltoid', side: 'right', part: 'anterior' })
      setMode('where_it_hurts')
      useAppStore.setState({ painMarks: [{ region: 'anterior_shoulder', side: 'right' }] })
    })
    expect(viewSummary(useAppStore.getState())).toEqual([
      'Right deltoid: anterior (clavicular) part',
      '“Where does it hurt?”',
      '1 marked area of pain',
      'Plain words',
    ])
  })

  it('names the patient list, and says when it is compared on the body', () => {
    act(() => {
      setPatientList([
        { muscle: 'gluteus_minimus', side: 'left' },
        { muscle: 'piriformis', side: 'left' },
      ])
    })
    expect(viewSummary(useAppStore.getState())).toContain('Patient list: Left gluteus minimus, Left piriformis')
    act(() => setComparing(true))
    expect(viewSummary(useAppStore.getState())).toContain('Compared on the body: Left gluteus minimus, Left piriformis')
  })
})
