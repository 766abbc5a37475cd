import { useQuery } from 'urql';
import { useLanguage } from '../app';
import { graphql } from '../generated';
import { type Language, say } from '../i18n';

// The quarters the record trend shows: the two years the data covers, one alias per quarter, so the
// chart is one request and the gateway reads each quarter from its daily rollup.
const CountyOverviewQuery = graphql(`
  query CountyOverview($code: String!) {
    region(code: $code) {
      code
      name
      gridStats {
        grids
        compliantGrids
        households
        householdJointUnits
      }
      recordStats {
        records
        matters
        openMatters
        solvedCases
      }
      fengqiao(from: "2023-01-01", to: "2024-12-31") {
        handled
        resolved
        meanResolutionMinutes
        settledInVillage {
          percent
        }
        settledInTownship {
          percent
        }
      }
      q2023a: fengqiao(from: "2023-01-01", to: "2023-03-31") {
        handled
        resolved
      }
      q2023b: fengqiao(from: "2023-04-01", to: "2023-06-30") {
        handled
        resolved
      }
      q2023c: fengqiao(from: "2023-07-01", to: "2023-09-30") {
        handled
        resolved
      }
      q2023d: fengqiao(from: "2023-10-01", to: "2023-12-31") {
        handled
        resolved
      }
      q2024a: fengqiao(from: "2024-01-01", to: "2024-03-31") {
        handled
        resolved
      }
      q2024b: fengqiao(from: "2024-04-01", to: "2024-06-30") {
        handled
        resolved
      }
      q2024c: fengqiao(from: "2024-07-01", to: "2024-09-30") {
        handled
        resolved
      }
      q2024d: fengqiao(from: "2024-10-01", to: "2024-12-31") {
        handled
        resolved
      }
      cameraCoverage {
        keySites
        covered
        share {
          percent
        }
        byCategory {
          categoryLabel
          keySites
          covered
        }
      }
    }
  }
`);

interface Bar {
  readonly label: string;
  readonly handled: number;
  readonly resolved: number;
}

function Card({ label, figure }: { label: string; figure: string | number }) {
  return (
    <div className="card">
      <div className="figure">{figure}</div>
      <div className="label">{label}</div>
    </div>
  );
}

/** Handled and resolved matters per quarter as paired bars, drawn in SVG: no chart library to ship. */
function TrendChart({ bars, language }: { bars: readonly Bar[]; language: Language }) {
  const width = 640;
  const height = 220;
  const top = Math.max(1, ...bars.map((bar) => bar.handled));
  const slot = (width - 40) / bars.length;
  const y = (value: number) => height - 30 - (value / top) * (height - 70);
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={say('trend', language)}>
      {bars.map((bar, index) => {
        const x = 30 + index * slot;
        return (
          <g key={bar.label}>
            <rect
              x={x}
              y={y(bar.handled)}
              width={slot * 0.38}
              height={height - 30 - y(bar.handled)}
              fill="#8a1c1c"
            >
              <title>{`${say('handled', language)} ${bar.handled}`}</title>
            </rect>
            <rect
              x={x + slot * 0.4}
              y={y(bar.resolved)}
              width={slot * 0.38}
              height={height - 30 - y(bar.resolved)}
              fill="#d9a21b"
            >
              <title>{`${say('resolved', language)} ${bar.resolved}`}</title>
            </rect>
            <text x={x} y={height - 12}>
              {bar.label}
            </text>
            <text x={x} y={y(bar.handled) - 4}>
              {bar.handled}
            </text>
          </g>
        );
      })}
      <text x={width - 170} y={14} style={{ fill: '#8a1c1c' }}>
        ■ {say('handled', language)}
      </text>
      <text x={width - 90} y={14} style={{ fill: '#d9a21b' }}>
        ■ {say('resolved', language)}
      </text>
    </svg>
  );
}

export function Overview({ county }: { county: string }) {
  const language = useLanguage();
  const [{ data, fetching, error }] = useQuery({ query: CountyOverviewQuery, variables: { code: county } });
  if (error) return <p className="error">{`${say('error', language)}: ${error.message}`}</p>;
  const region = data?.region;
  if (fetching || !region) return <p>{say('loading', language)}</p>;
  const quarters = [
    ['2023 Q1', region.q2023a],
    ['2023 Q2', region.q2023b],
    ['2023 Q3', region.q2023c],
    ['2023 Q4', region.q2023d],
    ['2024 Q1', region.q2024a],
    ['2024 Q2', region.q2024b],
    ['2024 Q3', region.q2024c],
    ['2024 Q4', region.q2024d],
  ] as const;
  const bars = quarters.map(([label, q]) => ({ label, handled: q.handled, resolved: q.resolved }));
  const coverage = region.cameraCoverage;
  return (
    <div data-page="overview">
      <h1>
        {region.name} · {say('overview', language)}
      </h1>
      <div className="cards">
        <Card label={say('gridCount', language)} figure={region.gridStats.grids} />
        <Card label={say('compliantGrids', language)} figure={region.gridStats.compliantGrids} />
        <Card label={say('households', language)} figure={region.gridStats.households} />
        <Card label={say('records', language)} figure={region.recordStats.records} />
        <Card label={say('openMatters', language)} figure={region.recordStats.openMatters} />
        <Card label={say('solvedCases', language)} figure={region.recordStats.solvedCases} />
      </div>
      <section>
        <h2>{say('trend', language)}</h2>
        <TrendChart bars={bars} language={language} />
      </section>
      <section>
        <h2>{say('fengqiao', language)}</h2>
        <div className="cards">
          <Card label={say('handled', language)} figure={region.fengqiao.handled} />
          <Card label={say('resolved', language)} figure={region.fengqiao.resolved} />
          <Card
            label={say('settledInVillage', language)}
            figure={`${region.fengqiao.settledInVillage.percent ?? '–'}%`}
          />
          <Card
            label={say('settledInTownship', language)}
            figure={`${region.fengqiao.settledInTownship.percent ?? '–'}%`}
          />
          <Card
            label={say('meanResolution', language)}
            figure={region.fengqiao.meanResolutionMinutes ?? '–'}
          />
        </div>
      </section>
      {coverage ? (
        <section>
          <h2>
            {say('cameraCoverage', language)}: {coverage.covered} / {coverage.keySites} (
            {coverage.share.percent ?? '–'}
            %)
          </h2>
          <table>
            <tbody>
              {coverage.byCategory.map((category) => (
                <tr key={category.categoryLabel}>
                  <td>{category.categoryLabel}</td>
                  <td>
                    {category.covered} / {category.keySites}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
