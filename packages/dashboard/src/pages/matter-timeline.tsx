import { useQuery } from 'urql';
import { useLanguage } from '../app';
import { graphql } from '../generated';
import { say } from '../i18n';
import { href } from '../route';

const MatterTimelineQuery = graphql(`
  query MatterTimeline($id: ID!) {
    node(id: $id) {
      __typename
      ... on Matter {
        id
        stateLabel
        categoryLabel
        levelLabel
        reportedAt
        dueAt
        grid {
          name
        }
        events(first: 100) {
          edges {
            node {
              id
              at
              kind
              actionLabel
              reasonLabel
              toState
              detail
              actor {
                name
              }
            }
          }
        }
      }
    }
  }
`);

const time = (iso: string) => iso.replace('T', ' ').slice(0, 16);

export function MatterTimeline({ id }: { id: string }) {
  const language = useLanguage();
  const [{ data, fetching, error }] = useQuery({ query: MatterTimelineQuery, variables: { id } });
  if (error) return <p className="error">{`${say('error', language)}: ${error.message}`}</p>;
  if (fetching || !data) return <p>{say('loading', language)}</p>;
  const matter = data.node?.__typename === 'Matter' ? data.node : null;
  if (!matter) return <p className="error">{id}</p>;
  return (
    <section data-page="matter">
      <p>
        <a href={href({ page: 'matters' })}>← {say('back', language)}</a>
      </p>
      <h1>
        {matter.grid.name} · {matter.categoryLabel}
      </h1>
      <p>
        {say('state', language)}: {matter.stateLabel} · {say('level', language)}: {matter.levelLabel} ·{' '}
        {say('reportedAt', language)}: {time(matter.reportedAt)}
        {matter.dueAt ? ` · ${say('dueAt', language)}: ${time(matter.dueAt)}` : ''}
      </p>
      <h2>{say('timeline', language)}</h2>
      <ol className="timeline">
        {matter.events.edges.map(({ node }) => (
          <li key={node.id}>
            <strong>{time(node.at)}</strong> · {node.actionLabel ?? node.reasonLabel ?? node.kind} →{' '}
            {node.toState}
            {node.actor ? ` · ${node.actor.name}` : ''}
            {node.detail ? ` · ${node.detail}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
