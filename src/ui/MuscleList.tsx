import { useState } from 'react'
import { muscleIds, muscles } from '../data/muscles.ts'
import { bodyAreas, type BodyArea } from '../data/types.ts'
import { selectMuscle, useAppStore } from '../state/store.ts'
import { redFlagsForQuery } from '../lookup/redFlags.ts'
import { searchMuscles } from '../lookup/searchMuscles.ts'
import { MuscleDetails } from './MuscleDetails.tsx'
import { RedFlagNotice } from './RedFlagNotice.tsx'

const areaLabel: Record<BodyArea, string> = {
  head_neck: 'Head and neck',
  shoulder_upper_back: 'Shoulder and upper back',
  arm_forearm_hand: 'Arm, forearm and hand',
  chest_abdomen: 'Chest and abdomen',
  low_back_pelvis: 'Low back and pelvis',
  hip_thigh: 'Hip and thigh',
  leg_foot: 'Leg and foot',
}

/**
 * Every muscle without 3D: a filter box and the list by body area; choosing one shows its
 * full content. Used when the browser cannot draw WebGL, so nobody gets a blank page.
 */
export function MuscleList() {
  const [filter, setFilter] = useState('')
  const selected = useAppStore((s) => s.selected)
  const matches = filter.trim() ? new Set(searchMuscles(filter, muscleIds.length)) : null
  return (
    <div className="muscle-list">
      <label htmlFor="muscle-filter">Find a muscle</label>
      <input
        id="muscle-filter"
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder="e.g. neck, calf, infraspinatus"
      />
      <RedFlagNotice ids={filter.trim() ? redFlagsForQuery(filter) : []} level={2} />
      {bodyAreas.map((area) => {
        const ids = muscleIds.filter((id) => muscles[id].area === area && (!matches || matches.has(id)))
        if (ids.length === 0) return null
        return (
          <section key={area}>
            <h2>{areaLabel[area]}</h2>
            <ul>
              {ids.map((id) => (
                <li key={id}>
                  <button
                    type="button"
                    aria-expanded={selected?.muscle === id}
                    onClick={() => selectMuscle({ muscle: id, side: selected?.side ?? 'left' })}
                  >
                    {muscles[id].name}
                  </button>
                  {selected?.muscle === id && <MuscleDetails muscle={id} side={selected.side} level={3} />}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
      {matches?.size === 0 && <p>No muscle matches “{filter}”.</p>}
    </div>
  )
}
