// compare.html?later=SOURCE&earlier=SOURCE: two inspections of one authority from the library, side
// by side; with only `later`, its latest earlier graded report; with neither, a choice of authority.
// An extension page, so it reads the library itself.
import { render } from 'preact';
import { AuthorityChoice, CompareView } from '../../components/CompareView';
import { useMarkdownExport } from '../../utils/browser/page/use-markdown-export';
import { adoptChipStyles } from '../../utils/browser/page/chip-styles';
import { authorityDocumentsOf, libraryAuthorities } from '../../utils/browser/library/compare-library';
import { inspectionsFor } from '../../utils/browser/library/inspection-db';
import { LensDb } from '../../utils/browser/library/lens-db';
import { compareHref } from '../../utils/core/model/compare-address';
import { authorityOptions, compareModel, defaultLater, type CompareModel } from '../../utils/core/model/compare-model';
import { compareToMarkdown } from '../../utils/core/model/compare-markdown';
import { briefingHref } from '../../utils/core/model/briefing-address';

const db = new LensDb();
const params = new URLSearchParams(location.search);
const go = (later: string | null, earlier?: string | null) => location.assign(compareHref(later, earlier));

function fileName(model: CompareModel): string {
  const slug = `${model.authorityKey}-${model.earlier ? `${model.earlier.name}-` : ''}${model.later.name}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `ofsted-lens-compare-${slug}.md`;
}

function Compare({ model }: { model: CompareModel }) {
  const { message, download, copy } = useMarkdownExport(fileName(model), () => compareToMarkdown(model), 'Export as Markdown');
  return (
    <CompareView
      model={model}
      onChooseLater={(source) => go(source)}
      onChooseEarlier={(source) => go(model.later.source, source)}
      onExport={download}
      onCopy={copy}
      message={message}
      briefingHref={briefingHref({ report: model.later.source })}
    />
  );
}

async function chooseAuthority(key: string) {
  const later = defaultLater(await inspectionsFor(db, key));
  if (later) go(later.source);
}

async function main() {
  const root = document.getElementById('app')!;
  adoptChipStyles(document);
  const later = params.get('later');
  const records = later ? await authorityDocumentsOf(db, later) : null;
  const model = later && records ? compareModel(records, later, params.get('earlier')) : null;
  if (model) {
    document.title = `${model.authority}: compare two inspections: Ofsted Lens`;
    render(<Compare model={model} />, root);
    return;
  }
  const authorities = authorityOptions(await libraryAuthorities(db));
  const message = later ? 'Your library does not hold that report: choose an authority whose reports it holds.' : null;
  render(<AuthorityChoice authorities={authorities} onChoose={(key) => void chooseAuthority(key)} message={message} />, root);
}

void main().catch(() => {
  document.getElementById('app')!.textContent = 'Your library could not be read.';
});
