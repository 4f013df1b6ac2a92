import { describe, expect, it } from 'vitest';
import { namesInTeamSheet } from '../../../src/core/people/team-sheets.js';
import { castUnder } from '../../support/one-article-cast.js';

// BBC sport match reports (2004-05): the sides' sheets after the report.
const castOf = castUnder('Ireland win in Edinburgh');

describe('a team sheet', () => {
  it('lists each player by initial and surname, a unit after each semicolon', () => {
    const sheet =
      ': C Paterson; S Danielli, A Craig, H Southwell, S Lamont; D Parks, C Cusiter; T Smith, G Bulloch (capt), G Kerr; S Grimes, S Murray; J White, A Hogg, J Petrie.';
    const players = namesInTeamSheet(sheet);
    expect(players).toHaveLength(15);
    expect(players).toContain('S. Danielli');
    expect(players).toContain('G. Bulloch');
  });

  it('lists the replacements, all by initial, with no semicolons', () => {
    expect(namesInTeamSheet('R Russell, B Douglas, N Hines, J Dunbar, M Blair, G Ross, B Hinshelwood.')).toHaveLength(7);
  });

  it("reads a sheet of mixed sides, each player's country in brackets, a comma dropped after one", () => {
    // BBC sport 339.
    const southern =
      'C Latham (Australia); R Caucaunibuca (Fiji), J Fourie (S Africa) T Umaga (New Zealand), S Bobo (Fiji); A Mehrtens (New Zealand) G Gregan (Australia, capt); T Kefu (Australia), P Waugh (Australia), S Burger (S Africa); I Rawaqa (Fiji), V Matfield (S Africa); K Visagie (S Africa), J Smit (S Africa), C Hoeft (New Zealand).';
    const players = namesInTeamSheet(southern);
    expect(players).toHaveLength(15);
    expect(players).toEqual(expect.arrayContaining(['J. Fourie', 'T. Umaga', 'G. Gregan']));
    expect(players.join(' ')).not.toMatch(/Africa|Zealand/);
    // A surname that is a place's too is a player's after an initial; the placeholder "A N Other" is no one.
    const reserves = namesInTeamSheet(
      'Reserves: B Reihana (New Zealand), B Lima (Samoa), E Taukafa (Tonga), O Palepoi (Samoa), S Sititi (Samoa), M Rauluni (Fiji), A N Other.',
    );
    expect(reserves).toContain('B. Lima');
    expect(reserves).toHaveLength(6);
  });

  it('lists a whole side by surname alone when it sets out its units, a particle surname left out', () => {
    // BBC sport 302 and 324.
    const italy =
      'De Marigny; Mi Bergamasco, Canale, Masi, Nitoglia; Orquera, Troncon; Lo Cicero, Ongaro, Castrogiovanni; Dellape, Bortolami; Persico, Ma Bergamasco, Parisse.';
    const players = namesInTeamSheet(italy);
    expect(players).toHaveLength(13);
    expect(players).toEqual(expect.arrayContaining(['Canale', 'Mi Bergamasco', 'Parisse']));
    expect(players.join(' ')).not.toMatch(/Cicero|Marigny/);
    expect(
      namesInTeamSheet(
        'Leeds: Balshaw; Rees, Christophers, Bell, Doherty; McMullen, Dickens; McGee, Rawlinson, Gerber; Murphy, Palmer, Hooper, Parks, Morgan.',
      ),
    ).toContain('Balshaw');
  });

  it('needs the units and a whole side to list surnames alone', () => {
    expect(namesInTeamSheet('Perugini, Intoppa, Del Fava, Dal Maso, Griffen, Pozzebon, Robertson.')).toEqual([]);
    expect(namesInTeamSheet('Barclays; Lloyds, Abbey; Halifax, Nationwide; Alliance, Northern.')).toEqual([]);
  });

  it("is no list of countries by a compass point's initial", () => {
    expect(namesInTeamSheet('S Korea, N Korea, W Germany, E Germany, S Africa, N Ireland, S Yemen, N Yemen.')).toEqual([]);
  });

  it('is no list of clubs or places, which have no initials', () => {
    expect(namesInTeamSheet('Arsenal, Chelsea, Liverpool, Everton, Fulham, Bolton, Newcastle and Spurs all won.')).toEqual([]);
  });

  it('gives the players to the full names the report writes, and tells two of a surname apart by initial', () => {
    const cast = castOf(
      'Scotland full-back Chris Paterson kicked a penalty. Paterson was off target later.',
      "G Murphy; G Dempsey, S Horgan, K Maggs, D Hickie; R O'Gara, P Stringer; R Corrigan, S Byrne, J Hayes, M O'Kelly, P O'Connell, S Easterby, J O'Connor, A Foley.",
      'C Paterson; S Danielli, A Craig, H Southwell, S Lamont; D Parks, C Cusiter; T Smith, G Bulloch (capt), G Kerr; S Grimes, S Murray; J White, A Hogg, J Petrie.',
      "F Sheahan, M Horan, D O'Callaghan, E Miller, G Easterby, D Humphreys, G Duffy.",
    );
    const names = cast.map((p) => p.name);
    expect(names).toContain('Chris Paterson');
    expect(names).not.toContain('C. Paterson');
    expect(names).toContain('S. Easterby');
    expect(names).toContain('G. Easterby');
  });

  it("gives a side's players by surname alone to the full names the report writes", () => {
    const cast = castOf(
      'Wing Ludovico Nitoglia went over. Prop Martin Castrogiovanni powered over for a try.',
      'De Marigny; Mi Bergamasco, Canale, Masi, Nitoglia; Orquera, Troncon; Lo Cicero, Ongaro, Castrogiovanni; Dellape, Bortolami; Persico, Ma Bergamasco, Parisse.',
    );
    const names = cast.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Ludovico Nitoglia', 'Martin Castrogiovanni', 'Canale', 'Parisse']));
    expect(names).not.toContain('Nitoglia');
  });
});

describe('a football side set out with commas, its substitutions in brackets', () => {
  const sheet = 'Lindgren, Marsh, Okoro, Bellamy, Tranter, Quayle (Hobbs 63), Fenwick, Darby (Ashworth 87), Pryce, Monk, Galloway.';

  it('lists the eleven by surname alone and the substitutes brought on', () => {
    const players = namesInTeamSheet(sheet);
    expect(players).toHaveLength(13);
    expect(players).toEqual(expect.arrayContaining(['Lindgren', 'Galloway', 'Quayle', 'Hobbs', 'Ashworth']));
  });

  it('lists no side of places, whatever the brackets hold', () => {
    expect(namesInTeamSheet('France, Germany, Italy (Rome 12), Spain, Portugal, Greece, Austria, Belgium, Holland, Denmark, Sweden.')).toEqual([]);
  });

  it('lists no short list of surnames without a substitution', () => {
    expect(namesInTeamSheet('Lindgren, Marsh, Okoro, Bellamy, Tranter, Quayle, Fenwick, Darby, Pryce, Monk, Galloway.')).toEqual([]);
  });
});
