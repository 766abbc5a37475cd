import { useQuery } from 'urql';
import { useLanguage } from '../app';
import { graphql } from '../generated';
import { say } from '../i18n';
import { href } from '../route';

// The staff's names and phones come back masked unless the caller's role and region allow them; the
// gateway decides and audits, the page shows what it gets.
const GridDetailQuery = graphql(`
  query GridDetail($code: String!) {
    grid(code: $code) {
      id
      code
      name
      kindLabel
      village {
        name
      }
      staffing {
        compliant
      }
      staff {
        id
        roleLabel
        from
        person {
          name
          phone
        }
      }
    }
  }
`);

export function GridDetail({ code }: { code: string }) {
  const language = useLanguage();
  const [{ data, fetching, error }] = useQuery({ query: GridDetailQuery, variables: { code } });
  if (error) return <p className="error">{`${say('error', language)}: ${error.message}`}</p>;
  if (fetching || !data) return <p>{say('loading', language)}</p>;
  const grid = data.grid;
  if (!grid) return <p className="error">{code}</p>;
  return (
    <section data-page="grid">
      <p>
        <a href={href({ page: 'grids' })}>← {say('back', language)}</a>
      </p>
      <h1>{grid.name}</h1>
      <p>
        {grid.code} · {grid.kindLabel} · {grid.village.name} · {grid.staffing.compliant ? '✓' : '✗'}
      </p>
      <h2>{say('staff', language)}</h2>
      <p className="label">{say('masked', language)}</p>
      <table>
        <thead>
          <tr>
            <th>{say('role', language)}</th>
            <th>{say('name', language)}</th>
            <th>{say('phone', language)}</th>
            <th>{say('since', language)}</th>
          </tr>
        </thead>
        <tbody>
          {grid.staff.map((assignment) => (
            <tr key={assignment.id} data-staff>
              <td>{assignment.roleLabel}</td>
              <td>{assignment.person.name}</td>
              <td>{assignment.person.phone ?? '–'}</td>
              <td>{assignment.from}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
