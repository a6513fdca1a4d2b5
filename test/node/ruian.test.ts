import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { readRuianCsv, RuianCsvError, sjtskToWgs84 } from '../../src/partner/ruian.js';
import { RPSS } from './partner-helpers.js';

describe('RÚIAN address points', () => {
  it('converts S-JTSK (positive Y, X as RÚIAN writes them) to WGS84 through proj4', () => {
    // Old Town Square in Prague.
    const { latitude, longitude } = sjtskToWgs84(743000, 1043000);
    assert.ok(Math.abs(latitude - 50.087) < 0.002, String(latitude));
    assert.ok(Math.abs(longitude - 14.42) < 0.002, String(longitude));
  });

  it('reads the official windows-1250 CSV, keeping only the wanted points and every town name', async () => {
    const result = await readRuianCsv(
      createReadStream(join(RPSS, 'ruian-adresni-mista.csv')),
      (code) => code !== 88888888,
    );
    assert.equal(result.rows, 4);
    assert.deepEqual([...result.points.keys()], [11111111, 22222222, 99999999]);
    assert.deepEqual(Object.fromEntries(result.towns), { '560286': 'Rokycany', '559717': 'Mirošov' });
    const point = result.points.get(11111111)!;
    assert.equal(point.street, 'Jiráskova 100/5');
    assert.equal(point.postalCode, '337 01');
    // An address without a street is named by its part of town; one without coordinates has none.
    const noStreet = result.points.get(99999999)!;
    assert.equal(noStreet.street, 'Skořice č. ev. 12');
    assert.equal(noStreet.latitude, undefined);
  });

  it('reads a UTF-8 export too, and names the columns it misses', async () => {
    const utf8 =
      'Kód ADM;Kód obce;Název obce;Název ulice;Číslo domovní;PSČ;Souřadnice Y;Souřadnice X\n1;554782;Praha;Staroměstské náměstí;1;11000;743000;1043000\n';
    const result = await readRuianCsv(Readable.from([Buffer.from(utf8)]));
    assert.equal(result.points.get(1)!.town, 'Praha');
    assert.ok(Math.abs(result.points.get(1)!.latitude! - 50.087) < 0.002);

    await assert.rejects(
      readRuianCsv(Readable.from([Buffer.from('Kód ADM;Název obce\n1;Praha\n')])),
      (error: unknown) =>
        error instanceof RuianCsvError && error.missing.join() === 'kod obce,souradnice y,souradnice x',
    );
  });
});
