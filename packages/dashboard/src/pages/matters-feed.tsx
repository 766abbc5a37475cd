import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { useLanguage } from '../app';
import { graphql } from '../generated';
import type { MatterState, RecordCategory } from '../generated/graphql';
import { say } from '../i18n';
import { href } from '../route';

const PAGE_SIZE = 20;

const MatterFiltersQuery = graphql(`
  query MatterFilters {
    states: enumLabels(enum: "MatterState") {
      value
      label
    }
    categories: enumLabels(enum: "RecordCategory") {
      value
      label
    }
  }
`);

const MattersPageQuery = graphql(`
  query MattersPage(
    $within: String!
    $open: Boolean
    $state: MatterState
    $category: RecordCategory
    $first: Int!
    $after: String
  ) {
    matters(
      filter: { within: $within, open: $open, state: $state, category: $category }
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          stateLabel
          categoryLabel
          levelLabel
          reportedAt
          dueAt
          grid {
            name
          }
        }
      }
    }
  }
`);

interface Filters {
  readonly open: boolean | null;
  readonly state: MatterState | null;
  readonly category: RecordCategory | null;
}

const time = (iso: string) => iso.replace('T', ' ').slice(0, 16);

/**
 * One page of the feed, fetched on its own cursor; the last page tells the feed where the next one
 * starts, so pages already shown are never fetched again while scrolling.
 */
function MattersPage(props: {
  county: string;
  filters: Filters;
  after: string | null;
  onLoaded: (page: { endCursor: string | null; hasNextPage: boolean; totalCount: number }) => void;
}) {
  const { county, filters, after, onLoaded } = props;
  const [{ data, error }] = useQuery({
    query: MattersPageQuery,
    variables: { within: county, ...filters, first: PAGE_SIZE, after },
  });
  const connection = data?.matters;
  useEffect(() => {
    if (connection) onLoaded({ ...connection.pageInfo, totalCount: connection.totalCount });
  }, [connection, onLoaded]);
  if (error) return <li className="error">{error.message}</li>;
  return (
    <>
      {connection?.edges.map(({ node }) => (
        <li key={node.id} data-matter={node.id}>
          <a href={href({ page: 'matter', id: node.id })}>
            {time(node.reportedAt)} · {node.grid.name}
          </a>{' '}
          · {node.categoryLabel} · {node.stateLabel} · {node.levelLabel}
          {node.dueAt ? ` · ${time(node.dueAt)}` : ''}
        </li>
      ))}
    </>
  );
}

export function MattersFeed({ county }: { county: string }) {
  const language = useLanguage();
  const [filters, setFilters] = useState<Filters>({ open: null, state: null, category: null });
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [last, setLast] = useState<{
    endCursor: string | null;
    hasNextPage: boolean;
    totalCount: number;
  } | null>(null);
  const [{ data: labels }] = useQuery({ query: MatterFiltersQuery });
  const sentinel = useRef<HTMLDivElement>(null);

  const change = (next: Filters) => {
    setFilters(next);
    setCursors([null]);
    setLast(null);
  };
  const more = () => {
    if (last?.hasNextPage && last.endCursor && !cursors.includes(last.endCursor)) {
      setCursors([...cursors, last.endCursor]);
    }
  };

  // Endless scrolling: the next page is asked for when the end of the list comes into view.
  useEffect(() => {
    const element = sentinel.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) more();
    });
    observer.observe(element);
    return () => observer.disconnect();
  });

  const shown = Math.min(cursors.length * PAGE_SIZE, last?.totalCount ?? 0);
  return (
    <section data-page="matters">
      <h1>{say('matters', language)}</h1>
      <div className="filters">
        <label>
          {say('state', language)}{' '}
          <select
            name="state"
            value={filters.state ?? ''}
            onChange={(event) =>
              change({ ...filters, state: (event.target.value || null) as MatterState | null })
            }
          >
            <option value="">{say('all', language)}</option>
            {labels?.states.map((state) => (
              <option key={state.value} value={state.value}>
                {state.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {say('category', language)}{' '}
          <select
            name="category"
            value={filters.category ?? ''}
            onChange={(event) =>
              change({ ...filters, category: (event.target.value || null) as RecordCategory | null })
            }
          >
            <option value="">{say('all', language)}</option>
            {labels?.categories.map((category) => (
              <option key={category.value} value={category.value}>
                {category.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            name="open"
            checked={filters.open === true}
            onChange={(event) => change({ ...filters, open: event.target.checked ? true : null })}
          />{' '}
          {say('openOnly', language)}
        </label>
      </div>
      <p data-testid="matters-shown">
        {say('shown', language)} {shown} / {say('of', language)} {last?.totalCount ?? '…'}
      </p>
      <ol className="feed">
        {cursors.map((after) => (
          <MattersPage
            key={after ?? 'first'}
            county={county}
            filters={filters}
            after={after}
            onLoaded={setLast}
          />
        ))}
      </ol>
      <div ref={sentinel}>
        {last && !last.hasNextPage ? (
          say('end', language)
        ) : (
          <button type="button" onClick={more}>
            {say('loadMore', language)}
          </button>
        )}
      </div>
    </section>
  );
}
