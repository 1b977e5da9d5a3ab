/**
 * A Vitest reporter that ends `npm run test:unit` with one plain line: the run's wall time and
 * its slowest files, so that someone who makes the suite slower sees it (it took about 4 minutes
 * on a 2-core machine before the pure tests left jsdom and the model was built once per run).
 */
import type { Reporter, TestModule } from 'vitest/node'

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`

export default class WallTimeReporter implements Reporter {
  private start = performance.now()

  onInit(): void {
    this.start = performance.now()
  }

  onTestRunEnd(testModules: readonly TestModule[]): void {
    const wall = performance.now() - this.start
    const slowest = testModules
      .map((m) => {
        const d = m.diagnostic()
        const ms = d.environmentSetupDuration + d.prepareDuration + d.setupDuration + d.collectDuration + d.duration
        return { file: m.relativeModuleId, ms }
      })
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((m) => `${m.file} ${seconds(m.ms)}`)
    console.log(
      `\nUnit tests: ${testModules.length} files in ${seconds(wall)} wall time; slowest: ${slowest.join(', ')}`,
    )
  }
}
