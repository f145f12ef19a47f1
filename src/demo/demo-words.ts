// Small lists for invented names. Names are combined at random, so no record is anyone's real
// record; places are made-up compounds.

/** First names, some with the shorter name a person may prefer. */
export const FIRST_NAMES: readonly (readonly [string, string | null])[] = [
  ['Abigail', 'Abi'], ['Adebayo', 'Bayo'], ['Aisha', null], ['Alistair', 'Ali'], ['Amara', null], ['Anil', null],
  ['Bethan', 'Beth'], ['Callum', 'Cal'], ['Carys', null], ['Chidi', null], ['Ciaran', null], ['Daniel', 'Dan'],
  ['Deborah', 'Debs'], ['Declan', null], ['Eilidh', null], ['Elena', null], ['Emeka', null], ['Eleanor', 'Nell'],
  ['Farah', null], ['Fergus', null], ['Fiona', null], ['Gareth', null], ['Grace', null], ['Hamza', null],
  ['Hannah', null], ['Harriet', 'Hattie'], ['Ifeoma', 'Ify'], ['Imran', null], ['Isla', null], ['Jacob', 'Jake'],
  ['Joanna', 'Jo'], ['Kamal', null], ['Katherine', 'Kate'], ['Kwame', null], ['Leanne', null], ['Lewis', null],
  ['Lucia', null], ['Mairead', null], ['Malik', null], ['Margaret', 'Peggy'], ['Matthew', 'Matt'], ['Megan', 'Meg'],
  ['Mohammed', 'Mo'], ['Nadia', null], ['Niamh', null], ['Nikhil', 'Nik'], ['Oliver', 'Ollie'], ['Olumide', 'Olu'],
  ['Owain', null], ['Patrick', 'Paddy'], ['Priya', null], ['Rebecca', 'Bex'], ['Rhys', null], ['Rosalind', 'Ros'],
  ['Samuel', 'Sam'], ['Sandeep', 'Sunny'], ['Siobhan', null], ['Stephen', 'Steve'], ['Tariq', null], ['Theresa', 'Tess'],
  ['Thomas', 'Tom'], ['Uzma', null], ['Victoria', 'Vicky'], ['Wei', null], ['William', 'Will'], ['Yasmin', 'Yas'],
  ['Zainab', null], ['Zoltan', null],
];

export const SURNAMES: readonly string[] = [
  'Abernethy', 'Adeyemi', 'Ahmed', 'Ainsworth', 'Baxter', 'Bhatt', 'Blackwood', 'Brennan', 'Carmody', 'Chaudhry',
  'Coleman', 'Costa', 'Dalgleish', 'Davies', 'Dlamini', 'Edwards', 'Evans', 'Fairbairn', 'Farouk', 'Fletcher',
  'Gallagher', 'Greaves', 'Gupta', 'Hallam', 'Haworth', 'Hughes', 'Ibrahim', 'Iqbal', 'Jenkins', 'Kaur',
  'Kowalski', 'Lambert', 'Lloyd', 'Lowther', 'MacLeod', 'Mensah', 'Morrison', 'Nakamura', 'Nwosu', 'Okafor',
  "O'Connell", 'Osei', 'Parry', 'Patel', 'Pemberton', 'Quinn', 'Rahman', 'Redfern', 'Roberts', 'Sandhu',
  'Shaw', 'Sinclair', 'Stewart', 'Thackeray', 'Thomas', 'Ugwu', 'Varga', 'Wainwright', 'Whitlock', 'Williams',
  'Yates', 'Zielinski',
];

/** Halves of invented place names: "Kestrel" + "ford". */
export const PLACE_STARTS: readonly string[] = [
  'Alder', 'Bramble', 'Cress', 'Dunnock', 'Elder', 'Fern', 'Gorse', 'Heron', 'Juniper', 'Kestrel', 'Linden', 'Marram',
  'Nettle', 'Osier', 'Plover', 'Rowan', 'Sorrel', 'Teasel', 'Umber', 'Vetch', 'Willow', 'Yarrow',
];
export const PLACE_ENDS: readonly string[] = ['ford', 'mere', 'brook', 'field', 'holme', 'combe', 'wick', 'dale', 'ley', 'ton'];

export const CARER_RELATIONSHIPS: readonly (readonly [string, number])[] = [
  ['Mother', 5], ['Father', 3], ['Partner', 5], ['Wife', 2], ['Husband', 2], ['Sister', 3], ['Brother', 2],
  ['Daughter', 2], ['Son', 2], ['Friend', 2], ['Aunt', 1], ['Grandmother', 1],
];

/** The professions of care coordinators, weighted roughly as community teams are staffed. */
export const COORDINATOR_PROFESSIONS: readonly (readonly [string, number])[] = [
  ['Mental health nurse', 5], ['Social worker', 3], ['Occupational therapist', 2],
];
