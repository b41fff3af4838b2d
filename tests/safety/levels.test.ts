// The gate by Columbia level, the typo and symbol repairs, recovery history, and Spanish. Phrasings
// written for these tests (not taken from the evaluation set).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { CRISIS_LEVELS, RULE_LEVELS } from '../../server/engine/safety/taxonomy.ts';
import { COMPILED } from '../../server/engine/safety/lexicon.ts';
import { coreFuzzy, FUZZY_KEYS, withinOne } from '../../server/engine/safety/fuzzy.ts';
import { ORDINARY_NEIGHBOURS } from '../../server/engine/safety/fuzzy-words.ts';
import { deobfuscate } from '../../server/engine/safety/deobfuscate.ts';
import { detectLanguage } from '../../server/engine/safety/language.ts';
import { levelOf } from '../../server/engine/safety/taxonomy.ts';
import { allKeys, dictionaryWords, ordinaryNeighbours, WORD_LIST } from './fuzzy-words.gen.ts';
import { detectCrisis, resourcesShown } from './detect.ts';

const detect = (q: string, earlier: string[] = []) => detectCrisis(analyze(q), earlier);
const shown = resourcesShown;

describe('taxonomy', () => {
  it('every core rule names a Columbia level', () => {
    for (const r of COMPILED) expect(CRISIS_LEVELS, r.id).toContain(levelOf(r.id));
    for (const level of Object.values(RULE_LEVELS)) expect(CRISIS_LEVELS).toContain(level);
  });

  it.each([
    ['nobody would even miss me if i was gone', 'wish-dead'],
    ['i keep picturing myself stepping off the platform', 'method'],
    ['i have made up my mind.', 'intent'],
    ['my plan is to take them on friday', 'plan-preparation'],
    ['i attempted in june and the urge is back', 'past-behaviour'],
    ['i have been burning myself with a lighter', 'self-harm'],
    ['been slicing into my forearm most nights', 'self-harm'],
    ['i carve into my thigh when it gets too loud in my head', 'self-harm'],
    ['my son said he is going to stop eating until he dies', 'third-person'],
    ['can you die from 40 sleeping pills', 'means-lethality'],
    ['part of me hopes the biopsy comes back as something incurable', 'wish-dead'],
    ['please god take me home tonight', 'wish-dead'],
    ['suicidal thoughts every morning since my divorce, does the spray help', 'active-thoughts'],
    ['i tried once with pills at 19 and the pull is back', 'past-behaviour'],
    ['i keep wanting to hurt my legs', 'self-harm'],
    ['pressing a hot coin on my wrist calms me down', 'self-harm'],
  ])('%s → %s', (q, level) => {
    const s = detect(q);
    expect(s.crisis, q).toBe(true);
    expect(s.level).toBe(level);
  });
});

describe('matching that survives real typing', () => {
  it.each(['i want to kill myslef', 'im sucidal', 'i feel suicdal', 'i want to ovredose', 'i want to kil myself'])('one typo: %s', (q) => {
    expect(detect(q).crisis, q).toBe(true);
  });

  it.each(['s.u.i.c.i.d.e is all i think about', 'i want to k1ll mys3lf', 'thinking about su!cide every day', 'i feel s u i c i d a l'])('symbols inside words: %s', (q) => {
    expect(detect(q).crisis, q).toBe(true);
  });

  it('repairs no ordinary word into a key', () => {
    for (const w of ['skill', 'pill', 'bill', 'doing', 'kiln', 'dyeing', 'bridges', 'deaths', 'loving', 'hanged', 'shoot']) {
      expect(coreFuzzy(w), w).toBeUndefined();
    }
    expect(coreFuzzy('myslef')).toBe('myself');
    expect(withinOne('wrsit', 'wrist')).toBe(true);
    expect(withinOne('abc', 'bca')).toBe(false);
  });

  it.runIf(existsSync(WORD_LIST))('the ordinary-word list is current with the word list', () => {
    expect([...ORDINARY_NEIGHBOURS]).toEqual(ordinaryNeighbours(dictionaryWords(), allKeys()));
    expect(FUZZY_KEYS.every((k) => k.length >= 4)).toBe(true);
  });

  it('deobfuscates only what hides a word', () => {
    expect(deobfuscate('s u i c i d e')).toBe('suicide');
    expect(deobfuscate('the 8.15 train')).toBeNull();
    expect(deobfuscate('how long does it last')).toBeNull();
  });

  it('slang and euphemisms are site data', () => {
    for (const q of ['gonna kms tonight', 'thinking about sewer slide', 'i want to unalive', 'want to catch the bus', 'i want to sh so bad']) {
      expect(detect(q).crisis, q).toBe(true);
    }
  });
});

describe('composition', () => {
  it('means plus distress in one message', () => {
    expect(detect('everything is falling apart, how tall is the bridge on 5th street').crisis).toBe(true);
    expect(detect('i feel worthless. would two packs of tylenol be enough').crisis).toBe(true);
  });

  it('a time plus an intent', () => {
    expect(detect("i'm going to do it tonight, i feel hopeless").crisis).toBe(true);
  });

  it('across turns: distress first, then a means question with no death word', () => {
    expect(detect('which building downtown has a roof you can get onto', ['i lost my job and everything is falling apart']).crisis).toBe(true);
    expect(detect('which building downtown has a roof you can get onto').crisis).toBe(false);
  });

  it('a past act whose feeling is told as not over is a risk now', () => {
    expect(detect('i overdosed two years ago and honestly the urges never really went away').crisis).toBe(true);
    expect(detect('tried to end it years back, that was ages ago but the thoughts have not gone').crisis).toBe(true);
    // Told as over, it is history.
    expect(shown('i overdosed two years ago, the urges went away with therapy and i am doing well now')).toBe(false);
  });

  it('euphemisms and means kept as data: "finish me off", "better off in the ground", a way out', () => {
    expect(detect('would a whole tub of caffeine powder finish me off').crisis).toBe(true);
    expect(detect('everyone would be better off with me in the ground, honestly better off in the ground').crisis).toBe(true);
    expect(detect('whats the most painless way out for someone like me').crisis).toBe(true);
    expect(shown('we planted the tulip bulbs in the ground this weekend, gardening helps my mood')).toBe(false);
  });

  it('the look-back carries flags only', () => {
    const s = detect('would all my meds be enough', ['nothing helps anymore, i give up']);
    expect(s.crisis).toBe(true);
  });
});

describe('what must not fire', () => {
  it.each([
    'years ago i attempted suicide, but i have been doing great for a decade now. how does ketamine work?',
    'i used to cut myself in high school and now i am happy and stable, is the spray safe?',
    'my uncle took his own life in 1998, does depression run in families?',
    'my brother attempted years ago and he is fine now, what helped him was therapy',
    'what does the research say about ketamine and suicidal ideation',
    'how common is self-harm among teenagers',
    'this traffic is killing me',
    "i'm not suicidal, just curious how fast it works",
    'i cut my hair short yesterday',
    'is it normal to feel a bit down in winter',
    'grandad took an overdose in the seventies. hes 90 and full of beans',
    'my brother self harmed for years before he got help. hes a paramedic now',
    'i planned it all once, back in 2009. things are so different now',
    'used to self harm at uni, stopped through counselling. does the spray interact with sertraline?',
  ])('%s', (q) => {
    expect(shown(q), q).toBe(false);
  });
});

describe('Spanish', () => {
  const crisisEs = [
    'quiero morir', 'ya no quiero vivir', 'me quiero morir esta noche', 'estoy pensando en suicidarme', 'voy a quitarme la vida',
    'quiero acabar con mi vida', 'no puedo más, quiero desaparecer para siempre', 'me voy a matar', 'tengo pensamientos suicidas todos los días',
    'quiero tomarme todas las pastillas', 'me corto los brazos cuando estoy triste', 'quiero hacerme daño', 'ya escribí una carta de despedida',
    'mi hijo dice que quiere morir', 'mi amiga quiere suicidarse', 'cuántas pastillas hacen falta para una sobredosis', 'estaría mejor muerto',
    'ya tengo un plan para esta noche', 'quiero ahorcarme', 'pienso en tirarme del puente',
  ];
  const calmEs = [
    '¿cuánto tiempo dura el efecto de la ketamina?', '¿qué es la ketamina?', '¿la ketamina ayuda con la depresión?', '¿cuáles son los efectos secundarios?',
    'hola, buenos días', 'gracias por la información', '¿es seguro el spray nasal?', '¿dónde puedo recibir tratamiento?',
    '¿cuánto cuesta una infusión?', 'me siento un poco cansado hoy', '¿funciona para la ansiedad?', 'mi médico me habló de este tratamiento',
    '¿qué dosis se usa normalmente?', '¿es legal en España?', 'estoy investigando sobre el suicidio para la universidad', '¿cómo actúa en el cerebro?',
    '¿se puede conducir después?', 'me encanta este artículo', '¿hay estudios recientes?', 'mi perro se llama Toby',
  ];
  it.each(crisisEs)('crisis: %s', (q) => expect(detect(q).crisis, q).toBe(true));
  it.each(calmEs)('not a crisis: %s', (q) => expect(shown(q), q).toBe(false));
  it('is recognised as Spanish', () => {
    const es = calmEs.filter((q) => detectLanguage(q) === 'es').length;
    expect(es / calmEs.length).toBeGreaterThan(0.6);
    expect(detectLanguage('how long does ketamine last')).toBeNull();
    expect(detectLanguage('i want to die')).toBeNull();
  });
});

describe('the seed site is data, not safety code', () => {
  it('no safety file names one of the site’s treatments', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { SITE } = await import('../setup/site.ts');
    // Drug and product names; route words ("infusion", "nasal spray") are ordinary medical English.
    const names = SITE.domain.treatments.filter((t) => !/infusion|spray/.test(t));
    expect(names.length).toBeGreaterThan(0);
    const dir = new URL('../../server/engine/safety/', import.meta.url);
    const files = [...readdirSync(dir).map((f) => new URL(f, dir)), new URL('../../server/engine/support.ts', import.meta.url), new URL('../../server/engine/context.ts', import.meta.url)];
    for (const file of files) {
      const text = readFileSync(file, 'utf8').toLowerCase();
      for (const name of names) expect(text.includes(name.toLowerCase()), `${file.pathname} names ${name}`).toBe(false);
    }
  });
});
