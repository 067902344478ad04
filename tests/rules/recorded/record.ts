// Writes the recorded games' hashes with the engine as it is now (see games.ts). Run it only with the engine
// whose results are to be kept: `npx tsx tests/rules/recorded/record.ts`.
import { writeFileSync } from 'node:fs';
import { fingerprint, GAMES, HASH_FILE, playRecorded } from './games';

const lines: string[] = [];
for (let i = 0; i < GAMES; i++) lines.push(fingerprint(playRecorded(i)));
writeFileSync(HASH_FILE, `${lines.join('\n')}\n`);
console.log(`${GAMES} games recorded in ${HASH_FILE}`);
