import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { useAppStore } from '../state/store.ts'

/**
 * The canvas draws on demand (a still body costs no frames, which phones' batteries notice).
 * Camera moves ask for frames themselves; everything else the body shows comes from the store
 * (selection, hover, layers, pain marks, mode), so any store change asks for a few frames:
 * enough for React to commit and the effects that fill the zone texture to run.
 */
export function RedrawOnChange() {
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => useAppStore.subscribe(() => invalidate(3)), [invalidate])
  return null
}
