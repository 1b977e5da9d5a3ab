import { beforeEach, describe, expect, it } from 'vitest'
import {
  addNotice,
  clearSelection,
  dismissNotice,
  hoverMuscle,
  requestCamera,
  resetStore,
  selectMuscle,
  setLayerVisible,
  switchSide,
  useAppStore,
  addToPatientList,
  removeFromPatientList,
  setComparing,
  setPatientList,
} from './store.ts'

beforeEach(() => resetStore())

describe('store actions', () => {
  it('selects and clears a muscle on one side', () => {
    selectMuscle({ muscle: 'infraspinatus', side: 'left' })
    expect(useAppStore.getState().selected).toEqual({ muscle: 'infraspinatus', side: 'left' })
    clearSelection()
    expect(useAppStore.getState().selected).toBeNull()
  })

  it('frames the camera on the muscle only when asked', () => {
    selectMuscle({ muscle: 'deltoid', side: 'right' })
    expect(useAppStore.getState().cameraRequest).toBeNull()
    selectMuscle({ muscle: 'deltoid', side: 'right' }, { frame: true })
    expect(useAppStore.getState().cameraRequest).toMatchObject({
      kind: 'frame',
      target: { muscle: 'deltoid', side: 'right' },
    })
  })

  it('switches the selected muscle to the other side', () => {
    selectMuscle({ muscle: 'soleus', side: 'left' })
    switchSide('right')
    expect(useAppStore.getState().selected).toEqual({ muscle: 'soleus', side: 'right' })
  })

  it('ignores a repeated hover so pointer moves do not re-render', () => {
    hoverMuscle({ muscle: 'piriformis', side: 'left' })
    const first = useAppStore.getState().hovered
    hoverMuscle({ muscle: 'piriformis', side: 'left' })
    expect(useAppStore.getState().hovered).toBe(first)
    hoverMuscle(null)
    expect(useAppStore.getState().hovered).toBeNull()
  })

  it('toggles layers independently', () => {
    setLayerVisible('superficial', false)
    expect(useAppStore.getState().visibleLayers).toEqual({ skin: true, superficial: false, deep: true })
  })

  it('gives each camera request a new id, so a repeated preset still moves the camera', () => {
    requestCamera({ kind: 'preset', preset: 'back' })
    const a = useAppStore.getState().cameraRequest
    requestCamera({ kind: 'preset', preset: 'back' })
    const b = useAppStore.getState().cameraRequest
    expect(a?.id).not.toBe(b?.id)
  })

  it('shows a notice once and removes it when dismissed', () => {
    addNotice('Bad link')
    addNotice('Bad link')
    expect(useAppStore.getState().notices).toEqual(['Bad link'])
    dismissNotice('Bad link')
    expect(useAppStore.getState().notices).toEqual([])
  })

  it('keeps a patient list of up to four whole muscles, each once, and compares only two or more', () => {
    expect(addToPatientList({ muscle: 'gluteus_minimus', side: 'left', part: 'anterior' })).toBe(true)
    setComparing(true)
    expect(useAppStore.getState().comparing).toBe(false)
    addToPatientList({ muscle: 'gluteus_minimus', side: 'left' })
    addToPatientList({ muscle: 'piriformis', side: 'left' })
    setComparing(true)
    expect(useAppStore.getState().comparing).toBe(true)
    addToPatientList({ muscle: 'soleus', side: 'right' })
    addToPatientList({ muscle: 'gluteus_medius', side: 'left' })
    expect(addToPatientList({ muscle: 'quadratus_lumborum', side: 'left' })).toBe(false)
    expect(useAppStore.getState().patientList).toEqual([
      { muscle: 'gluteus_minimus', side: 'left' },
      { muscle: 'piriformis', side: 'left' },
      { muscle: 'soleus', side: 'right' },
      { muscle: 'gluteus_medius', side: 'left' },
    ])
    setPatientList([
      { muscle: 'soleus', side: 'right' },
      { muscle: 'piriformis', side: 'left' },
    ])
    removeFromPatientList({ muscle: 'soleus', side: 'right' })
    expect(useAppStore.getState().patientList).toEqual([{ muscle: 'piriformis', side: 'left' }])
    expect(useAppStore.getState().comparing).toBe(false)
  })
})
