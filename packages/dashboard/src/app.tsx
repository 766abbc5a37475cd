import { createContext, useContext, useMemo, useState } from 'react';
import { Provider, useQuery } from 'urql';
import { makeClient } from './client';
import { graphql } from './generated';
import { LANGUAGE_NAMES, LANGUAGES, type Language, say } from './i18n';
import { GridDetail } from './pages/grid-detail';
import { GridList } from './pages/grid-list';
import { MatterTimeline } from './pages/matter-timeline';
import { MattersFeed } from './pages/matters-feed';
import { Overview } from './pages/overview';
import { SignIn } from './pages/sign-in';
import { href, useRoute } from './route';

/** The language chosen in the header; every page's words and the gateway's labels follow it. */
export const LanguageContext = createContext<Language>('zh');
export const useLanguage = () => useContext(LanguageContext);

const TOKEN_KEY = 'grassroots.token';
const LANGUAGE_KEY = 'grassroots.language';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      subject
      anonymous
      grants {
        role
        roleLabel
        regionCode
      }
    }
  }
`);

/** The county the caller works in: the first grant's county, 改则县 for a caller with none. */
function useCountyCode(): string {
  const [{ data }] = useQuery({ query: ViewerQuery });
  const region = data?.viewer.grants[0]?.regionCode;
  return region && region.length >= 6 ? region.slice(0, 6) : '542526';
}

function Pages({ onSignIn }: { onSignIn: (token: string) => void }) {
  const route = useRoute();
  const county = useCountyCode();
  switch (route.page) {
    case 'sign-in':
      return <SignIn onSignIn={onSignIn} />;
    case 'overview':
      return <Overview county={county} />;
    case 'grids':
      return <GridList county={county} />;
    case 'grid':
      return <GridDetail code={route.code} />;
    case 'matters':
      return <MattersFeed county={county} />;
    case 'matter':
      return <MatterTimeline id={route.id} />;
  }
}

function Who() {
  const [{ data }] = useQuery({ query: ViewerQuery });
  const grant = data?.viewer.grants[0];
  return <span className="who">{grant ? `${grant.roleLabel} · ${grant.regionCode}` : ''}</span>;
}

export function App() {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const [language, setLanguage] = useState<Language>(
    () => (localStorage.getItem(LANGUAGE_KEY) as Language | null) ?? 'zh',
  );
  // A new client per token and language: the cache holds answers in one language for one caller.
  const client = useMemo(() => makeClient(token, language), [token, language]);

  const signIn = (value: string) => {
    sessionStorage.setItem(TOKEN_KEY, value);
    setToken(value);
    window.location.hash = href({ page: 'overview' });
  };
  const signOut = () => {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
    window.location.hash = href({ page: 'sign-in' });
  };
  const choose = (next: Language) => {
    localStorage.setItem(LANGUAGE_KEY, next);
    setLanguage(next);
  };

  return (
    <LanguageContext.Provider value={language}>
      <Provider value={client}>
        <header>
          <strong>{say('title', language)}</strong>
          <nav>
            <a href={href({ page: 'overview' })}>{say('overview', language)}</a>
            <a href={href({ page: 'grids' })}>{say('grids', language)}</a>
            <a href={href({ page: 'matters' })}>{say('matters', language)}</a>
          </nav>
          <Who />
          <fieldset className="languages" aria-label="language">
            {LANGUAGES.map((option) => (
              <button
                type="button"
                key={option}
                data-language={option}
                aria-pressed={option === language}
                onClick={() => choose(option)}
              >
                {LANGUAGE_NAMES[option]}
              </button>
            ))}
          </fieldset>
          {token ? (
            <button type="button" onClick={signOut}>
              {say('signOut', language)}
            </button>
          ) : (
            <a href={href({ page: 'sign-in' })}>{say('signIn', language)}</a>
          )}
        </header>
        <main>
          <Pages onSignIn={signIn} />
        </main>
      </Provider>
    </LanguageContext.Provider>
  );
}
