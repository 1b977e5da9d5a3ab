import { useId } from 'react'
import { QrCode } from '../ui/QrCode.tsx'
import { SourceList } from '../ui/SourceList.tsx'
import type { HandoutSectionData } from './handoutStore.ts'
import { pictureMm } from './printSizes.ts'

const viewName = { front: 'Front', back: 'Back' } as const

/** The key to the pictures, with swatches that print (see handout.css). */
function HandoutLegend() {
  return (
    <ul className="handout-legend" aria-label="Legend">
      <li>
        <span className="handout-x" aria-hidden="true">
          ✕
        </span>{' '}
        Trigger point
      </li>
      <li>
        <span className="zone-swatch essential" aria-hidden="true" /> Solid red: felt by nearly everyone with this
        trigger point (essential zone)
      </li>
      <li>
        <span className="zone-swatch spillover" aria-hidden="true" /> Red dots: felt by some (spillover zone)
      </li>
    </ul>
  )
}

/** One muscle's part of the printed handout: its pictures, what to know and do, and the way back. */
export function HandoutSection({ section }: { section: HandoutSectionData }) {
  const { content: c, pictures, link } = section
  const titleId = useId()
  return (
    <article className="handout-section" aria-labelledby={titleId}>
      <header className="handout-head">
        <h2 id={titleId}>{c.title}</h2>
        <p className="handout-latin" lang="la">
          {c.latin}
        </p>
        <p className="handout-brand">From TriggerMap. For education, not diagnosis.</p>
      </header>

      <div className="handout-figures" style={{ gridTemplateColumns: `${pictureMm.width}mm ${pictureMm.width}mm 1fr` }}>
        {pictures.map((p) => (
          <figure key={p.view} className="handout-figure">
            <img
              src={p.url}
              width={p.width}
              height={p.height}
              style={{ width: `${pictureMm.width}mm`, height: `${pictureMm.height}mm` }}
              alt={`${c.title} seen from the ${p.view}: its trigger points marked X and where their pain is felt in red.`}
            />
            <figcaption>{viewName[p.view]}</figcaption>
          </figure>
        ))}
        <div className="handout-aside">
          <HandoutLegend />
          <QrCode className="handout-qr" text={link} label={`QR code: the link to ${c.title} in TriggerMap`} />
          <p className="handout-link">
            Open this view again: <a href={link}>{link}</a>
          </p>
        </div>
      </div>

      <div className="handout-body">
        <section>
          <h3>Where the trigger points are</h3>
          <ul>
            {c.triggerPoints.map((t) => (
              <li key={t.label}>
                <strong>{t.label}:</strong> {t.location}
              </li>
            ))}
          </ul>
        </section>

        <section>
          <h3>Where the pain goes</h3>
          <p>{c.referredPain}</p>
          <ul>
            {c.zones.map((z) => (
              <li key={z.label}>
                <strong>{z.label}:</strong> {z.essential}
                {z.spillover && <> (sometimes also: {z.spillover})</>}
              </li>
            ))}
          </ul>
        </section>

        <section className="handout-self-care">
          <h3>Self-care</h3>
          {c.selfCare.map((t) => (
            <div key={t.kind} className="handout-technique">
              <h4>{t.name === t.kind ? t.kind : `${t.kind}: ${t.name}`}</h4>
              <ol>
                {t.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
              {t.cautions.length > 0 && (
                <p className="handout-cautions">
                  <strong>Take care:</strong> {t.cautions.join(' ')}
                </p>
              )}
            </div>
          ))}
          <h4>What to avoid: what keeps trigger points going</h4>
          <ul>
            {c.avoid.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>

        <section>
          <h3>What can help at home</h3>
          <ul className="handout-treatments">
            {c.atHome.map((t) => (
              <li key={t.id}>
                <strong>{t.name}</strong> ({t.evidence}){t.note && <>. For this muscle: {t.note}</>}
                {t.safety.length > 0 && (
                  <span className="handout-safety">
                    {' '}
                    <strong>Safety:</strong> {t.safety.join(' ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>

        <section className="handout-red-flags">
          <h3>When to see a clinician</h3>
          <p>{c.seeAClinician}</p>
          {c.redFlags.length > 0 && (
            <ul>
              {c.redFlags.map((f) => (
                <li key={f.title}>
                  <strong>{f.title}.</strong> {f.text}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="handout-sources">
          <h3>Sources</h3>
          <SourceList refs={c.sources} />
        </section>
      </div>
    </article>
  )
}
