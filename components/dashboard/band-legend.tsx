import type { Band } from "@/lib/domain/quotas/attainment";
import { BAND_COLOURS } from "./bands";

/** The attainment colours in words (bandLegend in lib/domain/quotas/dashboard-legend.ts), visible: touch screens have no hover. */
export function BandLegend({
  title,
  intro,
  note,
  items,
}: {
  title: string;
  intro: string;
  note: string;
  items: { band: Band; name: string; meaning: string }[];
}) {
  return (
    <section
      className="rounded-md border border-stone-200 bg-stone-50 p-3 text-xs text-stone-700"
      aria-labelledby="band-legend-title"
      data-testid="band-legend"
    >
      <h3 id="band-legend-title" className="text-sm font-semibold text-stone-900">
        {title}
      </h3>
      <p className="mt-1">{intro}</p>
      <ul className="mt-2 grid gap-1 lg:grid-cols-2">
        {items.map((i) => (
          <li key={i.band} className="flex items-start gap-2" data-band={i.band}>
            <span className="mt-0.5 inline-block size-3 shrink-0 rounded-sm" style={{ background: BAND_COLOURS[i.band] }} aria-hidden />
            <span>
              <span className="font-semibold">{i.name}</span>: {i.meaning}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2">{note}</p>
    </section>
  );
}

/** A row's band: its colour and its name, so the colour is never the only cue. */
export function BandName({ band, name }: { band: string; name: string }) {
  return (
    <span className="inline-flex items-center gap-1 text-xs text-stone-700" data-testid="band-name">
      <span className="inline-block size-2.5 shrink-0 rounded-sm" style={{ background: BAND_COLOURS[band] }} aria-hidden />
      {name}
    </span>
  );
}
