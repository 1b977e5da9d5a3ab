import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { exportRecords } from '../record/transfer.ts'
import { resetStore, useAppStore } from '../state/store.ts'
import { setPainMarks } from '../state/painMarks.ts'
import { usePainComposite } from '../state/painComposite.ts'
import { setSkinSurface, useSkinSurface, type SkinSurface } from '../state/skinSurface.ts'
import { regionIds } from '../data/regions.ts'
import { openRecordView, resetPainRecord, usePainRecord } from './PainRecordData.ts'
import { PainRecordEntry } from './PainRecordEntry.tsx'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  resetStore()
  resetPainRecord()
  useSkinSurface.setState({ surface: null })
})

/** A made-up 2 m² skin: each calf 0.1 m², each heel 0.02 m², the rest elsewhere. */
const testSkin: SkinSurface = {
  total: 2,
  regions: Object.fromEntries(
    regionIds.map((id) => [
      id,
      id === 'calf' ? { left: 0.1, right: 0.1 } : id === 'heel' ? { left: 0.02, right: 0.02 } : { left: 0, right: 0 },
    ]),
  ) as SkinSurface['regions'],
}
afterEach(() => vi.restoreAllMocks())

async function saveNow(note: string, intensity?: string) {
  const close = screen.queryByRole('button', { name: 'Close' })
  if (close) fireEvent.click(close)
  fireEvent.click(screen.getByRole('button', { name: 'Save this drawing' }))
  if (intensity)
    fireEvent.change(screen.getByLabelText(/How bad is the pain overall/), { target: { value: intensity } })
  fireEvent.change(screen.getByLabelText(/Note/), { target: { value: note } })
  fireEvent.click(screen.getByRole('button', { name: 'Save on this device' }))
  await screen.findByText(/Saved on this device/)
  // The store says "Saved" a microtask before the form swaps to its link; on a busy machine the
  // test could look in between, so it waits for the link too.
  await screen.findByRole('button', { name: 'See my pain record' })
}

describe('the pain record', () => {
  it('saves drawings, says nothing leaves the device, lists them and opens one', async () => {
    render(<PainRecordEntry />)
    await waitFor(() => expect(usePainRecord.getState().status.kind).toBe('ready'))
    act(() =>
      setPainMarks([
        { region: 'calf', side: 'left' },
        { region: 'sternum', side: 'left' },
      ]),
    )
    await act(() => Promise.resolve(fireEvent.click(screen.getByRole('button', { name: 'Save this drawing' }))))
    expect(screen.getByText(/Nothing is sent anywhere/)).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    await saveNow('after the walk', '6')
    fireEvent.click(screen.getByRole('button', { name: 'See my pain record' }))
    const list = await screen.findByRole('list')
    expect(within(list).getByText(/2 areas, pain 6 of 10: Calf \(left\), Breastbone/)).toBeInTheDocument()
    expect(within(list).getByText('“after the walk”')).toBeInTheDocument()
    act(() => setPainMarks([]))
    fireEvent.click(within(list).getByRole('button', { name: /Open the drawing of/ }))
    expect(useAppStore.getState().painMarks).toEqual([
      { region: 'calf', side: 'left' },
      { region: 'sternum', side: 'left' },
    ])
    expect(useAppStore.getState().mode).toBe('where_it_hurts')
    // The body turns to where the drawing is (src/scene/CameraRig.tsx).
    expect(useAppStore.getState().cameraRequest).toMatchObject({
      kind: 'frameMarks',
      marks: [
        { region: 'calf', side: 'left' },
        { region: 'sternum', side: 'left' },
      ],
    })
  })

  it('deletes one, and all, only after confirmation', async () => {
    render(<PainRecordEntry />)
    act(() => setPainMarks([{ region: 'calf', side: 'left' }]))
    await saveNow('one')
    await saveNow('two')
    act(() => openRecordView('list'))
    await waitFor(() => expect(screen.getAllByRole('button', { name: /Delete the drawing of/ })).toHaveLength(2))
    fireEvent.click(screen.getAllByRole('button', { name: /Delete the drawing of/ })[0]!)
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }))
    expect(usePainRecord.getState().records).toHaveLength(2)
    fireEvent.click(screen.getAllByRole('button', { name: /Delete the drawing of/ })[0]!)
    fireEvent.click(screen.getByRole('button', { name: 'Delete it' }))
    await waitFor(() => expect(usePainRecord.getState().records).toHaveLength(1))
    fireEvent.click(screen.getByRole('button', { name: 'Delete all…' }))
    expect(screen.getByText(/cannot be undone/)).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Delete all' }))
    await waitFor(() => expect(usePainRecord.getState().records).toHaveLength(0))
  })

  it('imports a file, keeps what it already has, and refuses a newer file changing nothing', async () => {
    render(<PainRecordEntry />)
    act(() => openRecordView('list'))
    await waitFor(() => expect(usePainRecord.getState().status.kind).toBe('ready'))
    const rec = {
      schemaVersion: 1 as const,
      id: 'x1',
      date: '2026-11-01T10:00:00.000Z',
      marks: [{ region: 'heel' as const, side: 'right' as const }],
      note: '',
    }
    const input = screen.getByLabelText('Import a pain record file')
    const upload = async (text: string) => {
      const file = new File([text], 'r.json', { type: 'application/json' })
      await act(() => Promise.resolve(fireEvent.change(input, { target: { files: [file] } })))
    }
    await upload(exportRecords([rec]))
    await screen.findByText('Imported 1 drawing.')
    await upload(exportRecords([rec]))
    await screen.findByText(/Imported 0 drawings. 1 already here was kept as it was./)
    await upload(JSON.stringify({ format: 'triggermap-pain-record', schemaVersion: 7, records: [] }))
    await screen.findByText(/newer version of TriggerMap.*Nothing was changed/)
    expect(usePainRecord.getState().records.map((r) => r.id)).toEqual(['x1'])
  })

  it('shows where it hurt most with bars, and publishes the counts for the body only while shown', async () => {
    render(<PainRecordEntry />)
    act(() => setPainMarks([{ region: 'calf', side: 'left' }]))
    await saveNow('one')
    act(() =>
      setPainMarks([
        { region: 'calf', side: 'left' },
        { region: 'heel', side: 'right' },
      ]),
    )
    await saveNow('two')
    act(() => openRecordView('composite'))
    const bars = await screen.findByRole('list', { name: 'Areas, most often marked first' })
    expect(
      within(bars)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Calf (left): 2 of 2', 'Heel (right): 1 of 2'])
    expect(usePainComposite.getState()).toEqual({
      drawings: 2,
      areas: [
        { region: 'calf', side: 'left', count: 2 },
        { region: 'heel', side: 'right', count: 1 },
      ],
    })
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(usePainComposite.getState()).toEqual({ drawings: 0, areas: [] })
  })

  it('says saving is off where IndexedDB is blocked, and the rest still works', async () => {
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    render(<PainRecordEntry />)
    expect(await screen.findByText(/Saving is off in this browser/)).toBeInTheDocument()
    act(() => setPainMarks([{ region: 'calf', side: 'left' }]))
    fireEvent.click(await screen.findByRole('button', { name: 'Save this drawing' }))
    expect(screen.getByRole('button', { name: 'Save on this device' })).toBeDisabled()
  })

  it("says how much of the body's surface each drawing and the composite cover, once the skin is measured", async () => {
    render(<PainRecordEntry />)
    act(() => setPainMarks([{ region: 'calf', side: 'left' }]))
    await saveNow('one')
    act(() =>
      setPainMarks([
        { region: 'calf', side: 'left' },
        { region: 'calf', side: 'right' },
        { region: 'heel', side: 'right' },
      ]),
    )
    await saveNow('two')
    act(() => openRecordView('composite'))
    expect(await screen.findByText(/The share of your body’s surface is measured on the 3D body/)).toBeInTheDocument()
    expect(screen.getByText(/Pain extent: 3 areas marked at least once/)).toBeInTheDocument()
    act(() => setSkinSurface(testSkin))
    // (0.1 + 0.1 + 0.02) of 2 m²: 11 %.
    expect(screen.getByText(/of your body’s surface was marked at least once/).textContent).toBe(
      '2 drawings in this range. Pain extent: about 11 % of your body’s surface was marked at least once (3 areas).',
    )
    expect(screen.queryByText(/measured on the 3D body/)).toBeNull()
    act(() => openRecordView('list'))
    const shares = (await screen.findAllByText(/of your body’s surface$/)).map((p) => p.textContent)
    // Newest first: the second drawing (11 %), then the first (5 %).
    expect(shares).toEqual(['About 11 % of your body’s surface', 'About 5 % of your body’s surface'])
  })

  it('keeps where it hurt most on the body after the record closes, with its key, until hidden', async () => {
    const { unmount } = render(<PainRecordEntry />)
    act(() => setPainMarks([{ region: 'calf', side: 'left' }]))
    await saveNow('one')
    await saveNow('two')
    act(() => openRecordView('composite'))
    expect(await screen.findByText('in all 2')).toBeInTheDocument()
    // The person's own calf pain, added up, carries the clot warning in the record and on the body.
    expect(screen.getByRole('note', { name: /check first/i })).toHaveTextContent(/blood clot/i)
    fireEvent.click(screen.getByRole('button', { name: 'See it on the body' }))
    expect(usePainRecord.getState().view).toBe('closed')
    expect(usePainComposite.getState().drawings).toBe(2)
    const onBody = screen.getByRole('region', { name: 'Where it hurt most, on the body' })
    expect(onBody).toHaveTextContent('Where it hurt most over 2 drawings is drawn on the body.')
    expect(within(onBody).getByText('Marked in 1 drawing')).toBeInTheDocument()
    expect(within(onBody).getByRole('note')).toHaveTextContent(/Check first: .*blood clot/i)
    // Back to the record's view of it, and out again: still there.
    fireEvent.click(within(onBody).getByRole('button', { name: 'Back to where it hurt most' }))
    expect(usePainRecord.getState().view).toBe('composite')
    fireEvent.click(await screen.findByRole('button', { name: 'See it on the body' }))
    fireEvent.click(screen.getByRole('button', { name: 'Hide it' }))
    expect(usePainComposite.getState()).toEqual({ drawings: 0, areas: [] })
    expect(screen.queryByRole('region', { name: 'Where it hurt most, on the body' })).toBeNull()
    // Leaving "Where does it hurt?" takes it off the body too.
    act(() => openRecordView('composite'))
    fireEvent.click(await screen.findByRole('button', { name: 'See it on the body' }))
    expect(usePainComposite.getState().drawings).toBe(2)
    unmount()
    expect(usePainComposite.getState().drawings).toBe(0)
  })

  it('a record of pain that mimics nothing dangerous carries no warning', async () => {
    render(<PainRecordEntry />)
    act(() => setPainMarks([{ region: 'thumb', side: 'left' }]))
    await saveNow('one')
    act(() => openRecordView('composite'))
    fireEvent.click(await screen.findByRole('button', { name: 'See it on the body' }))
    const onBody = screen.getByRole('region', { name: 'Where it hurt most, on the body' })
    expect(within(onBody).queryByRole('note')).toBeNull()
    fireEvent.click(within(onBody).getByRole('button', { name: 'Back to where it hurt most' }))
    expect(await screen.findByRole('button', { name: 'See it on the body' })).toBeInTheDocument()
    expect(screen.queryByRole('note', { name: /check first/i })).toBeNull()
  })
})
