import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { toggleMark } from './painMarks.ts'
import { clearSelection, resetStore, selectMuscle, selectPart, switchSide, useAppStore } from './store.ts'
import { startUrlSync } from './urlSync.ts'

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
      location: { pathname: '/', hash: '', get search() { return tab.search } },
      addEventListener: (_: string, f: () => void) => { this.listeners.push(f) },
      removeEventListener: (_: string, f: () => void) => { this.listeners = this.listeners.filter((l) => l !== f) },
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
    expect(tab.search).toBe('?v=1&m=upper_trapezius&s=r')
  })

  it('a muscle opened from search (push) is one step: Back returns to what was shown before it', () => {
    const tab = new FakeTab()
    stop = startUrlSync(tab.window)
    selectMuscle({ muscle: 'infraspinatus', side: 'left' }) // tap
    selectMuscle({ muscle: 'deltoid', side: 'left' }) // tap
    selectMuscle({ muscle: 'soleus', side: 'left' }, { frame: true, navigation: 'push' }) // search
    selectMuscle({ muscle: 'gastrocnemius', side: 'left' }) // tap beside it
    expect(tab.entries).toEqual(['?v=1&m=deltoid&s=l', '?v=1&m=gastrocnemius&s=l'])
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
