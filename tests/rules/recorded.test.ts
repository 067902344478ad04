// The engine against its own recorded results: 10,000 games (every scenario, lens and policy, players,
// ledgers, the lab's factors; see recorded/games.ts) replayed now must give exactly the results the engine
// gave when they were recorded. A failure lists the games that differ, with what each game was. The record is
// rewritten only with an engine whose results are meant to be kept (recorded/record.ts), never to make this pass.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeGame, fingerprint, GAMES, HASH_FILE, playRecorded } from './recorded/games';

describe('recorded games', () => {
  it(`gives the recorded result in each of ${GAMES.toLocaleString('en-GB')} games`, () => {
    const recorded = readFileSync(HASH_FILE, 'utf8').trim().split('\n');
    expect(recorded).toHaveLength(GAMES);
    const differ: string[] = [];
    for (let i = 0; i < GAMES; i++) {
      if (fingerprint(playRecorded(i)) === recorded[i]) continue;
      const { config, detail } = describeGame(i);
      differ.push(`game ${i}: ${JSON.stringify({ ...config, detail })}`);
    }
    expect(differ.slice(0, 20), `${differ.length} of ${GAMES} games differ from the record`).toEqual([]);
  }, 180_000);
});
