/**
 * The one line under the muscle's name in Present: where its pain goes, read from the same zones
 * the body paints (`muscleZones`), so the caption and the picture never disagree. Plain words
 * name the body parts ("the hip, thigh and knee"); clinical terms name each region by zone.
 */
import { regions } from '../data/regions.ts'
import type { Side } from '../data/types.ts'
import { muscleZones, type ZoneRegion } from '../data/zones.ts'
import type { Audience, MuscleOnSide } from '../state/store.ts'
import { groupLabel } from './regionGroups.ts'

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)]

/** "a", "a and b", "a, b and c". */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

/** "Outer thigh" -> "outer thigh" inside a sentence; a name ("Achilles tendon") keeps its capital. */
const lowerFirst = (s: string) => (/^Achilles/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1))
const onOtherSide = (z: ZoneRegion, side: Side) => z.side !== undefined && z.side !== side

/** Plain words: the body parts (region groups) its pain reaches, head to toe. */
function plainLine(zones: readonly ZoneRegion[], side: Side): string {
  const groups = (kind: ZoneRegion['zone']) =>
    unique(zones.filter((z) => z.zone === kind).map((z) => lowerFirst(groupLabel(regions[z.region].group))))
  const essential = groups('essential')
  const spillover = groups('spillover').filter((g) => !essential.includes(g))
  const parts: string[] = []
  if (essential.length > 0) parts.push(`Its pain goes to the ${joinWords(essential)}`)
  if (spillover.length > 0)
    parts.push(`${parts.length > 0 ? 'it may also reach' : 'Its pain may reach'} the ${joinWords(spillover)}`)
  const line = parts.join('; ')
  return zones.some((z) => onOtherSide(z, side)) ? `${line}, on both sides.` : `${line}.`
}

/** Clinical terms: each region by zone, marked where it is on the other side. */
function clinicalLine(zones: readonly ZoneRegion[], side: Side): string {
  const named = (kind: ZoneRegion['zone']) =>
    unique(
      zones
        .filter((z) => z.zone === kind)
        .map((z) => `${lowerFirst(regions[z.region].label)}${onOtherSide(z, side) ? ' (contralateral)' : ''}`),
    )
  const essential = named('essential')
  const spillover = named('spillover')
  const parts: string[] = []
  if (essential.length > 0) parts.push(`Essential zone: ${essential.join(', ')}`)
  if (spillover.length > 0) parts.push(`${parts.length > 0 ? 'spillover' : 'Spillover'}: ${spillover.join(', ')}`)
  return `${parts.join('; ')}.`
}

/** Where the muscle's (or the part's) pain goes, in one line for the audience's wording. */
export function painGoesLine(target: MuscleOnSide, audience: Audience): string {
  const zones = muscleZones(target.muscle, target.side, target.part)
  if (zones.length === 0) return ''
  return audience === 'clinician' ? clinicalLine(zones, target.side) : plainLine(zones, target.side)
}
