import { describe, expect, it } from 'vitest'
import { muscleZones, type ZoneRegion } from './api.ts'

describe('the public API reads zones on both sides', () => {
  it('gives the regions a muscle refers to, with the other side where the sources draw it', () => {
    const zones: ZoneRegion[] = muscleZones('rectus_abdominis', 'right')
    expect(zones).toContainEqual({ region: 'thoracolumbar', side: 'right', zone: 'essential' })
    expect(zones).toContainEqual({ region: 'thoracolumbar', side: 'left', zone: 'essential' })
  })
})
