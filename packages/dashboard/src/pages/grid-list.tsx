import { useQuery } from 'urql';
import { useLanguage } from '../app';
import { graphql } from '../generated';
import { say } from '../i18n';
import { href } from '../route';

// A county has at most a few hundred grids: one page of 100 covers 改则县's 60; more pages would
// follow the same cursors as the matters feed.
const GridListQuery = graphql(`
  query GridList($within: String!) {
    grids(filter: { within: $within }, first: 100) {
      totalCount
      edges {
        node {
          id
          code
          name
          kindLabel
          compliant
        }
      }
    }
  }
`);

export function GridList({ county }: { county: string }) {
  const language = useLanguage();
  const [{ data, fetching, error }] = useQuery({ query: GridListQuery, variables: { within: county } });
  if (error) return <p className="error">{`${say('error', language)}: ${error.message}`}</p>;
  if (fetching || !data) return <p>{say('loading', language)}</p>;
  return (
    <section data-page="grids">
      <h1>
        {say('grids', language)}: <span data-testid="grid-count">{data.grids.totalCount}</span>
      </h1>
      <table>
        <thead>
          <tr>
            <th>{say('name', language)}</th>
            <th>{say('kind', language)}</th>
            <th>{say('compliantGrids', language)}</th>
          </tr>
        </thead>
        <tbody>
          {data.grids.edges.map(({ node }) => (
            <tr key={node.id} data-grid={node.code}>
              <td>
                <a href={href({ page: 'grid', code: node.code })}>{node.name}</a>
              </td>
              <td>{node.kindLabel}</td>
              <td>{node.compliant ? '✓' : '✗'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
