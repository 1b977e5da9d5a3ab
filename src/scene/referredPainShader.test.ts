import { describe, expect, it } from 'vitest'
import { createZoneTexture, statesBlank, writeCompareStates, writeSkinStates } from './referredPainShader.ts'
import { labelCount, zoneState } from './referredPainZones.ts'

const none = () => new Uint8Array(labelCount)
const oneLabel = (value: number) => {
  const states = none()
  states[7] = value
  return states
}

describe('statesBlank', () => {
  it('is true only while no zone, mark, heat or compared pattern is written', () => {
    const zones = createZoneTexture()
    const compare = createZoneTexture()
    expect(statesBlank(zones, compare)).toBe(true)
    writeSkinStates(zones, oneLabel(zoneState.spillover), none())
    expect(statesBlank(zones, compare), 'a zone').toBe(false)
    writeSkinStates(zones, none(), oneLabel(1))
    expect(statesBlank(zones, compare), 'a pain mark').toBe(false)
    writeSkinStates(zones, none(), none(), oneLabel(3))
    expect(statesBlank(zones, compare), 'heat').toBe(false)
    writeSkinStates(zones, none(), none())
    writeCompareStates(compare, [none(), oneLabel(zoneState.essential)])
    expect(statesBlank(zones, compare), 'a compared pattern').toBe(false)
    writeCompareStates(compare, [])
    expect(statesBlank(zones, compare)).toBe(true)
  })
})
