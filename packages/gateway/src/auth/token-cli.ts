// `pnpm token <ROLE> <REGION> [<ROLE> <REGION> …] [--person <id>] [--hours <n>]`: mints a bearer token
// for local exploration with the gateway's own HS256 secret. It expires after --hours (8 by default),
// which may not exceed the gateway's maximum token lifetime (GRASSROOTS_JWT_MAX_LIFETIME, 12 hours).
import { isRole, parseRegionCode, ROLES, type Role } from '@grassroots/core';
import { formatDuration } from '../http/units.js';
import { maxTokenLifetimeSeconds, mintToken } from './tokens.js';

const maxLifetime = maxTokenLifetimeSeconds();

const usage = `Usage: pnpm token <ROLE> <REGION> [<ROLE> <REGION> …] [--person <id>] [--hours <n>]
  ROLE is one of ${ROLES.join(', ')}
  REGION is a division code, for example 542526 (改则县)
  --hours is the token's lifetime: 8 by default, at most ${formatDuration(maxLifetime)} (GRASSROOTS_JWT_MAX_LIFETIME)
Example: pnpm token COUNTY_ADMIN 542526`;

async function main(args: string[]): Promise<number> {
  const grants: { role: Role; region: string }[] = [];
  let personId: string | undefined;
  let hours = 8;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--person') {
      personId = args[++i];
    } else if (arg === '--hours') {
      hours = Number(args[++i]);
    } else if (isRole(arg)) {
      const region = parseRegionCode(args[++i] ?? '');
      if (!region.ok) {
        console.error(`${region.error.message.zh} / ${region.error.message.en}\n${usage}`);
        return 2;
      }
      grants.push({ role: arg, region: region.value });
    } else {
      console.error(`Unknown argument "${arg}".\n${usage}`);
      return 2;
    }
  }
  if (grants.length === 0 || !Number.isFinite(hours) || hours <= 0) {
    console.error(usage);
    return 2;
  }
  if (hours * 3600 > maxLifetime) {
    console.error(
      `令牌有效期不得超过 ${formatDuration(maxLifetime)} / The gateway refuses tokens living longer than ${formatDuration(maxLifetime)}.\n${usage}`,
    );
    return 2;
  }
  const subject = personId ?? `local:${grants.map((g) => `${g.role}@${g.region}`).join(',')}`;
  const token = await mintToken({ subject, grants, personId, expiresIn: `${Math.round(hours * 3600)}s` });
  console.log(token);
  console.error(`\nIn GraphiQL, open "Headers" and paste:\n{ "Authorization": "Bearer ${token}" }`);
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
