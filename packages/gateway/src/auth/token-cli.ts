// `pnpm token <ROLE> <REGION> [<ROLE> <REGION> …] [--person <id>] [--hours <n>]`: mints a bearer token
// for local exploration with the gateway's own HS256 secret.
import { isRole, parseRegionCode, ROLES, type Role } from '@grassroots/core';
import { mintToken } from './tokens.js';

const usage = `Usage: pnpm token <ROLE> <REGION> [<ROLE> <REGION> …] [--person <id>] [--hours <n>]
  ROLE is one of ${ROLES.join(', ')}
  REGION is a division code, for example 542526 (改则县)
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
  const subject = personId ?? `local:${grants.map((g) => `${g.role}@${g.region}`).join(',')}`;
  const token = await mintToken({ subject, grants, personId, expiresIn: `${hours}h` });
  console.log(token);
  console.error(`\nIn GraphiQL, open "Headers" and paste:\n{ "Authorization": "Bearer ${token}" }`);
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
