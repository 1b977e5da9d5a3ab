/**
 * Muscle search by common name, Latin name and synonym, tolerant of typos.
 * fuse.js does the fuzzy matching (small, well kept, no index build step).
 */
import Fuse from 'fuse.js'
import { muscleIds, muscles, type MuscleId } from '../data/muscles.ts'

const entries = muscleIds.map((id) => ({
  id,
  name: muscles[id].name,
  latin: muscles[id].latin,
  synonyms: [...muscles[id].synonyms],
}))

const fuse = new Fuse(entries, {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'synonyms', weight: 2 },
    { name: 'latin', weight: 1.5 },
  ],
  threshold: 0.34,
  ignoreLocation: true,
  includeScore: true,
})

/** Muscles matching a query, best first (at most `limit`); an empty query finds nothing. */
export function searchMuscles(query: string, limit = 8): MuscleId[] {
  const q = query.trim()
  if (!q) return []
  return fuse.search(q, { limit }).map((r) => r.item.id)
}
