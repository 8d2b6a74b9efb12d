import { getLint, getManifest, type LintFinding } from '../api/console-api.ts';
import { useLoad, useTitle } from '../components/hooks.ts';
import { Badge, PageHeading, Show } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { PageProps } from './console-app.tsx';
import { DataMapGraph } from './data-map-graph.tsx';
import { buildDataMap, textIn, type MapManifest } from './data-map-model.ts';

export function DataMapPage({ site }: PageProps) {
  const { t, lang } = useI18n();
  useTitle(t('dataMap.title'), site);
  const [manifest] = useLoad(getManifest, []);
  const [lint] = useLoad(getLint, []);
  const headings = [t('dataMap.datasets'), t('dataMap.categories'), t('dataMap.purposes'), t('dataMap.recipients')];
  return (
    <>
      <PageHeading>{t('dataMap.title')}</PageHeading>
      <Show state={manifest}>
        {({ manifest: raw }) => {
          const m = raw as unknown as MapManifest;
          const { nodes, edges } = buildDataMap(m, lang);
          return (
            <>
              <section className="panel" aria-labelledby="graph"><h2 id="graph">{t('dataMap.graph')}</h2><DataMapGraph nodes={nodes} edges={edges} title={t('dataMap.graphTitle')} headings={headings} /></section>
              <section className="panel" aria-labelledby="systems">
                <h2 id="systems">{t('dataMap.systems')}</h2>
                {m.systems.length === 0 && <p>{t('dataMap.noSystems')}</p>}
                {m.systems.length > 0 && <div className="table-wrap" role="region" aria-labelledby="systems-caption" tabIndex={0}>
                  <table>
                    <caption id="systems-caption" className="visually-hidden">{t('dataMap.datasets')}</caption>
                    <thead><tr><th scope="col">{t('dataMap.dataset')}</th><th scope="col">{t('dataMap.location')}</th><th scope="col">{t('dataMap.fields')}</th></tr></thead>
                    <tbody>
                      {m.systems.flatMap((s) => s.datasets.map((d) => (
                        <tr key={`${s.id}.${d.id}`}><th scope="row">{s.name} · <span className="mono">{d.table}</span></th><td>{s.location ?? '—'}</td><td>{d.fields.map((f) => `${f.name} (${f.category}, ${f.erasure})`).join('; ')}</td></tr>
                      )))}
                    </tbody>
                  </table>
                </div>}
                <h2>{t('dataMap.purposes')}</h2>
                <ul>{m.purposes.map((p) => <li key={p.id}><strong>{textIn(p.name, lang)}</strong> — <span className="muted">{p.categories.join(', ')}</span></li>)}</ul>
                <h2>{t('dataMap.recipients')}</h2>
                <ul>{m.recipients.map((r) => <li key={r.id}><strong>{r.name}</strong> ({r.type.replace(/_/g, ' ')}, {r.country}) — <span className="muted">{r.purposes.join(', ')}</span></li>)}</ul>
              </section>
            </>
          );
        }}
      </Show>
      <section className="panel" aria-labelledby="lint">
        <h2 id="lint">{t('dataMap.lint')}</h2>
        <Show state={lint}>{(l) => <Findings errors={l.errors} warnings={l.warnings} findings={l.findings} />}</Show>
      </section>
    </>
  );
}

function Findings({ errors, warnings, findings }: { errors: number; warnings: number; findings: LintFinding[] }) {
  const { t } = useI18n();
  return (
    <>
      <p role="status">{t('dataMap.lintSummary', { errors, warnings })}</p>
      {findings.length > 0 && (
        <ul>
          {findings.map((f, i) => (
            <li key={i}>
              <Badge tone={f.accepted ? 'grey' : f.severity === 'error' ? 'red' : 'amber'}>{f.accepted ? t('dataMap.accepted') : t(f.severity === 'error' ? 'dataMap.error' : 'dataMap.warning')}</Badge>{' '}
              <span className="mono">{f.rule}</span> {f.message} <span className="muted mono">({f.path})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
