import { useState } from 'react';
import { useLanguage } from '../app';
import { say } from '../i18n';

/** Sign-in with a development token minted by `pnpm token ROLE REGION`; kept for the tab's life only. */
export function SignIn({ onSignIn }: { onSignIn: (token: string) => void }) {
  const language = useLanguage();
  const [token, setToken] = useState('');
  return (
    <section>
      <h1>{say('signIn', language)}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const value = token.trim().replace(/^Bearer\s+/i, '');
          if (value) onSignIn(value);
        }}
      >
        <label htmlFor="token">{say('tokenHint', language)}</label>
        <textarea id="token" name="token" value={token} onChange={(event) => setToken(event.target.value)} />
        <button type="submit">{say('signIn', language)}</button>
      </form>
    </section>
  );
}
