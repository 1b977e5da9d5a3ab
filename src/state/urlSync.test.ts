import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setMode, toggleMark } from './painMarks.ts'
import {
  clearSelection,
  requestCamera,
  resetStore,
  selectMuscle,
  selectPart,
  setAudience,
  setLayerVisible,
  switchSide,
  useAppStore,
} from './store.ts'
import { shareLink, startUrlSync } from './urlSync.ts'

/**
 * A browser tab's history, as far as the URL sync uses it: entries, the current one, push,
 * replace, and Back/Forward firing popstate as a browser does.
 */
class FakeTab {
  entries: string[]
  index = 0
  private listeners: (() => void)[] = []
  constructor(search = '') {
    this.entries = [search]
  }
  get search(): string {
    return this.entries[this.index]!
  }
  get window(): Window {
    const set = (url: string) => url.slice(url.indexOf('?') < 0 ? url.length : url.indexOf('?')).replace(/^\?$/, '')
    const history = {
      state: null,
      pushState: (_: unknown, __: string, url: string) => {
        this.entries.splice(this.index + 1, Infinity, set(url))
        this.index++
      },
      replaceState: (_: unknown, __: string, url: string) => {
        this.entries[this.index] = set(url)
      },
    }
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const tab = this
    return {
      history,
      location: {
        origin: 'https://triggermap.example',
        pathname: '/',
        hash: '',
        get search() {
          return tab.search
        },
      },
      addEventListener: (_: string, f: () => void) => {
        this.listeners.push(f)
      },
      removeEventListener: (_: string, f: () => void) => {
        this.listeners = this.listeners.filter((l) => l !== f)
      },
    } as unknown as Window
  }
  back(): void {
    this.index--
    this.listeners.forEach((l) => l())
  }
  forward(): void {
    this.index++
    this.listeners.forEach((l) => l())
  }
}

let stop: (() => void) | undefined
beforeEach(() => resetStore())
afterEach(() => stop?.())

const shown = () => {
  const s = useAppStore.getState().selected
  return s ? `${s.side} ${s.muscle}${s.part ? ` ${s.part}` : ''}` : 'nothing'
}

describe('history while browsing and navigating', () => {
  it('20 taps on the body add no history entry; the address still names the last one', () => {
    const tab = new FakeTab()
    stop = startUrlSync(tab.window)
    const taps = ['infraspinatus', 'deltoid', 'supraspinatus', 'teres_minor', 'upper_trapezius'] as const
    for (let i = 0; i < 20; i++) selectMuscle({ muscle: taps[i % taps.length]!, side: i % 2 ? 'right' : 'left' })
    expect(tab.entries).toHaveLength(1)
    expect(tab.search).toBe('?v=2&m=upper_trapezius&s=r')
  })

  it('a muscle opened from search (push) is one step: Back returns to what was shown before it', () => {
    const tab = new FakeTab()
    stop = startUrlSync(tab.window)
    selectMuscle({ muscle: 'infraspinatus', side: 'left' }) // tap
    selectMuscle({ muscle: 'deltoid', side: 'left' }) // tap
    selectMuscle({ muscle: 'soleus', side: 'left' }, { frame: true, navigation: 'push' }) // search
    selectMuscle({ muscle: 'gastrocnemius', side: 'left' }) // tap beside it
    expect(tab.entries).toEqual(['?v=2&m=deltoid&s=l', '?v=2&m=gastrocnemius&s=l'])
    tab.back()
    expect(shown()).toBe('left deltoid')
    tab.forward()
    expect(shown()).toBe('left gastrocnemius')
  })

  it('part, side and clearing change the current entry, never add one', () => {
    const tab = new FakeTab()
    stop = startUrlSync(tab.window)
    selectMuscle({ muscle: 'deltoid', side: 'left' }, { navigation: 'push' })
    selectPart('anterior')
    switchSide('right')
    clearSelection()
    expect(tab.entries).toEqual(['', ''])
    tab.back()
    expect(shown()).toBe('nothing')
  })

  it('a stale push never leaks into a later tap', () => {
    const tab = new FakeTab()
    stop = startUrlSync(tab.window)
    selectMuscle({ muscle: 'soleus', side: 'left' }, { navigation: 'push' })
    toggleMark({ region: 'calf', side: 'left' })
    useAppStore.setState({ selected: { muscle: 'gastrocnemius', side: 'left' } })
    expect(tab.entries).toHaveLength(2)
  })

  it('a pasted link is restored and a following push steps back to it', () => {
    const tab = new FakeTab('?v=1&m=masseter&s=r')
    stop = startUrlSync(tab.window)
    expect(shown()).toBe('right masseter')
    selectMuscle({ muscle: 'temporalis', side: 'right' }, { navigation: 'push' })
    tab.back()
    expect(shown()).toBe('right masseter')
  })
})

describe('the whole view in the address', () => {
  it('a bare address changes nothing in the store (the 3D view may be drawn already)', () => {
    let changes = 0
    const unsubscribe = useAppStore.subscribe(() => changes++)
    stop = startUrlSync(new FakeTab('').window)
    unsubscribe()
    expect(changes).toBe(0)
  })

  it('wording, layers, mode and a preset view follow the address without adding history', () => {
    const tab = new FakeTab()
    stop = startUrlSync(tab.window)
    selectMuscle({ muscle: 'gluteus_minimus', side: 'left' }, { frame: true, navigation: 'push' })
    setAudience('clinician')
    setLayerVisible('skin', false)
    requestCamera({ kind: 'preset', preset: 'back' })
    expect(tab.entries).toEqual(['', '?v=2&m=gluteus_minimus&s=l&w=c&l=md&c=b'])
    // A framing (a side switch) hands the view back to the selection.
    switchSide('right')
    expect(tab.search).toBe('?v=2&m=gluteus_minimus&s=r&w=c&l=md')
    setMode('where_it_hurts')
    expect(tab.search).toBe('?v=2&m=gluteus_minimus&s=r&o=h&w=c&l=md')
    expect(tab.entries).toHaveLength(2)
  })

  it('a link restores wording, layers, mode, marks and the preset view, and asks the camera for it', () => {
    const tab = new FakeTab('?v=2&m=gluteus_minimus&s=l&p=7.e&o=e&w=c&l=md&c=b')
    stop = startUrlSync(tab.window)
    const s = useAppStore.getState()
    expect(shown()).toBe('left gluteus_minimus')
    expect(s.audience).toBe('clinician')
    expect(s.visibleLayers).toEqual({ skin: false, superficial: true, deep: true })
    expect(s.mode).toBe('explore')
    expect(s.painMarks).toHaveLength(2)
    expect(s.cameraRequest).toMatchObject({ kind: 'preset', preset: 'back' })
    expect(s.notices).toEqual([])
    expect(tab.search).toBe('?v=2&m=gluteus_minimus&s=l&p=7.e&o=e&w=c&l=md&c=b')
    expect(shareLink(tab.window)).toBe('https://triggermap.example/?v=2&m=gluteus_minimus&s=l&p=7.e&o=e&w=c&l=md&c=b')
  })

  it('an old v1 link opens as before: selection framed, plain words, all layers, and a v2 address', () => {
    const tab = new FakeTab('?v=1&m=supinator&s=l&p=1k.1l')
    stop = startUrlSync(tab.window)
    const s = useAppStore.getState()
    expect(shown()).toBe('left supinator')
    expect(s.mode).toBe('where_it_hurts')
    expect(s.audience).toBe('patient')
    expect(s.visibleLayers).toEqual({ skin: true, superficial: true, deep: true })
    expect(s.cameraRequest).toMatchObject({ kind: 'frame', target: { muscle: 'supinator', side: 'left' } })
    expect(s.notices).toEqual([])
    expect(tab.search).toBe('?v=2&m=supinator&s=l&p=1k.1l')
  })

  it('a link with marks and nothing chosen turns the body to where they were drawn; a view in the link wins', () => {
    const marks = new FakeTab('?v=2&p=7.e')
    stop = startUrlSync(marks.window)
    const s = useAppStore.getState()
    expect(s.mode).toBe('where_it_hurts')
    expect(s.cameraRequest).toMatchObject({ kind: 'frameMarks', marks: s.painMarks })
    expect(s.painMarks).toHaveLength(2)
    stop()
    resetStore()
    const withView = new FakeTab('?v=2&p=7.e&c=f')
    stop = startUrlSync(withView.window)
    expect(useAppStore.getState().cameraRequest).toMatchObject({ kind: 'preset', preset: 'front' })
    stop()
    resetStore()
    // Marks in a link that opens the muscles: not shown, so not framed.
    const explore = new FakeTab('?v=2&p=7.e&o=e')
    stop = startUrlSync(explore.window)
    expect(useAppStore.getState().cameraRequest).toBeNull()
    stop()
    resetStore()
    // Muscles compared on the body: their patterns are framed, not the marks.
    const compared = new FakeTab('?v=2&p=7.e&o=h&k=masseter-l.temporalis-l&x=c')
    stop = startUrlSync(compared.window)
    expect(useAppStore.getState().cameraRequest).toMatchObject({ kind: 'frameAll' })
  })

  it('Back and Forward change the selection but keep the wording and layers the person chose', () => {
    const tab = new FakeTab('?v=2&m=masseter&s=r')
    stop = startUrlSync(tab.window)
    selectMuscle({ muscle: 'temporalis', side: 'right' }, { navigation: 'push' })
    setAudience('clinician')
    setLayerVisible('deep', false)
    tab.back()
    expect(shown()).toBe('right masseter')
    expect(useAppStore.getState().audience).toBe('clinician')
    expect(useAppStore.getState().visibleLayers.deep).toBe(false)
    expect(tab.search).toBe('?v=2&m=masseter&s=r&w=c&l=sm')
  })

  it('broken parts leave a notice each and the rest of the view, the patient list compared included', () => {
    const tab = new FakeTab('?v=2&m=soleus&s=l&w=c&l=zz&k=soleus-l.gastrocnemius-l.nope-r&x=c')
    stop = startUrlSync(tab.window)
    const s = useAppStore.getState()
    expect(shown()).toBe('left soleus')
    expect(s.audience).toBe('clinician')
    expect(s.notices).toHaveLength(2)
    expect(s.notices.join('\n')).toMatch(/layers we do not know/)
    expect(s.notices.join('\n')).toMatch(/1 of the muscles in this link's patient list/)
    expect(s.patientList.map((m) => m.muscle)).toEqual(['soleus', 'gastrocnemius'])
    expect(s.comparing).toBe(true)
    expect(tab.search).toBe('?v=2&m=soleus&s=l&w=c&k=soleus-l.gastrocnemius-l&x=c')
  })
})
