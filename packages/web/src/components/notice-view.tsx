import type { Block, NoticeModel, Rich } from '../api/types.ts';

/** Only http(s), mailto, tel and in-page links are followed; anything else becomes inert (as the HTML renderer does). */
const safeHref = (href: string) => (/^(https?:|mailto:|tel:|#)/i.test(href) ? href : '#');

function Inlines({ content }: { content: Rich }) {
  return (
    <>
      {content.map((inline, i) =>
        inline.kind === 'link' ? (
          <a key={i} href={safeHref(inline.href)} lang={inline.lang}>
            {inline.text}
          </a>
        ) : inline.strong ? (
          <strong key={i} lang={inline.lang}>
            {inline.text}
          </strong>
        ) : (
          <span key={i} lang={inline.lang}>
            {inline.text}
          </span>
        ),
      )}
    </>
  );
}

function Blocks({ blocks, level }: { blocks: Block[]; level: 3 | 4 }) {
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'paragraph':
            return <p key={i}><Inlines content={block.content} /></p>;
          case 'list':
            return (
              <ul key={i}>
                {block.items.map((item, j) => <li key={j}><Inlines content={item} /></li>)}
              </ul>
            );
          case 'table':
            return (
              <div key={i} className="table-wrap" role="region" aria-labelledby={`${block.id}-caption`} tabIndex={0}>
                <table>
                  <caption id={`${block.id}-caption`}>{block.caption}</caption>
                  <thead>
                    <tr>{block.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
                  </thead>
                  <tbody>
                    {block.rows.map((row, r) => (
                      <tr key={r}>
                        {row.map((cell, c) => {
                          const lines = cell.map((line, l) => <div key={l}><Inlines content={line} /></div>);
                          return c === 0 ? <th key={c} scope="row">{lines}</th> : <td key={c}>{lines}</td>;
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          case 'subsection': {
            const Heading = level === 3 ? 'h3' : 'h4';
            return (
              <section key={i} aria-labelledby={`n-${block.id}`}>
                <Heading id={`n-${block.id}`}>{block.heading}</Heading>
                <Blocks blocks={block.blocks} level={4} />
              </section>
            );
          }
        }
      })}
    </>
  );
}

/** The notice's JSON model drawn in the app's own styles: same words and structure as the standalone HTML page. */
export function NoticeView({ notice }: { notice: NoticeModel }) {
  return (
    <article className="notice-body" lang={notice.lang} aria-labelledby="notice-title">
      <h2 id="notice-title">{notice.title}</h2>
      <p className="muted">
        {notice.chrome.effectiveDate}: {notice.effectiveDateText}
        {notice.version && ` · ${notice.chrome.version} ${notice.version.number}`}
      </p>
      <Blocks blocks={notice.intro} level={3} />
      <nav className="toc" aria-labelledby="notice-toc">
        <h3 id="notice-toc">{notice.chrome.contents}</h3>
        <ol>
          {notice.sections.map((s) => <li key={s.id}><a href={`#n-${s.id}`}>{s.heading}</a></li>)}
        </ol>
      </nav>
      {notice.sections.map((section) => (
        <section key={section.id} aria-labelledby={`n-${section.id}`}>
          <h2 id={`n-${section.id}`} tabIndex={-1}>{section.heading}</h2>
          <Blocks blocks={section.blocks} level={3} />
        </section>
      ))}
    </article>
  );
}
