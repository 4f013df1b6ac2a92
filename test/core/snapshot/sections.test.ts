import { describe, expect, it } from 'vitest';
import { readSections, writeSections } from '../../../src/core/snapshot/sections.js';

describe('writeSections / readSections', () => {
  const arrays = {
    words: new TextEncoder().encode('naïve café'),
    ids: Uint32Array.from([1, 2, 4_000_000_000]),
    signed: Int32Array.from([-1, 7]),
    odd: Uint8Array.from([1, 2, 3]),
    real: Float64Array.from([0.5, Math.PI]),
  };

  it('gives back the header and every array, whole, whatever their lengths', () => {
    const { header, arrays: read } = readSections(writeSections({ pipeline: 'p', list: ['a', 'ü'] }, arrays));
    expect(header).toEqual({ pipeline: 'p', list: ['a', 'ü'] });
    for (const [name, array] of Object.entries(arrays)) expect(read.get(name), name).toEqual(array);
  });

  it('reads arrays from bytes that start anywhere in a larger buffer', () => {
    const bytes = writeSections({}, arrays);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(readSections(shifted.subarray(3)).arrays.get('real')).toEqual(arrays.real);
  });

  it('reads arrays from a Buffer (whose slice is a view, not a copy), as a file is read', () => {
    const bytes = writeSections({}, arrays);
    const file = Buffer.concat([Buffer.alloc(32), bytes]).subarray(32);
    expect(readSections(file).arrays.get('ids')).toEqual(arrays.ids);
  });

  it('refuses bytes of another format, and bytes cut short', () => {
    const bytes = writeSections({ a: 1 }, arrays);
    expect(() => readSections(new TextEncoder().encode('{"pipeline": "x"}'))).toThrow(/not a snapshot/);
    expect(() => readSections(bytes.subarray(0, bytes.length - 8))).toThrow(/cut short/);
    expect(() => readSections(bytes.subarray(0, 20))).toThrow(/cut short/);
  });
});
