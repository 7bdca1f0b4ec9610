/**
 * Deterministic spoken transcripts (caption cues) for benchmark catalogs: a trainer on restraint and seclusion prevention. Word
 * statistics look like speech: function words of sentence templates lead a Zipf-like ranking, a domain vocabulary sits in the
 * middle, and names made of syllables (people, places, medications) give the long tail. Same (seed, words, lang) → same cues.
 */
export interface GeneratedCue { start: number; end: number; text: string }

type Part = string | [slot: string, suffix: string];
type Lang = ReturnType<typeof lang>;

const EN_TEMPLATES = [
  "So the {n} is really about {p}, and that's what we want you to take away.", 'When a {n} starts to escalate, you {k} and you wait.',
  'I want you to think about {q} and what it means to the {n}.', "We don't {v} the {n}, we {v} with the {n}.", "It's not about control, it's about {p}.",
  'And I remember at {l}, {x} would always {k} before anything else.', 'If you can {k}, the {n} usually feels a little more {a}.',
  'You know, {q} was one of the first things we changed.', "That's the {a} part, and it takes practice.", 'We had a youth on {m} who told us the {n} made it worse.',
  'So what do you do when the {n} is {a} and the {n} is {a}?', "Let's talk about {p} for a minute.", 'The question we ask is what do you need right now, and then we listen.',
  'A lot of the time the {n} is telling you something about the {n}.', "You're going to see that {p} and {p} go together.", "In the children's unit we used {q} every single day.",
  "I'm not saying it's easy, but it's {a}.", 'Every {n} on the team has a role in {p}.', 'Then we {v} the {n} in the debriefing, with the {n} there if they want.',
  'When {x} came to {l}, the first thing she did was {v} the {n}.', 'The data showed that {p} cut the number of restraints in half.',
  "It can't be a punishment, and it can't be a reward, it's {q}.", "So I'll say it again: {k}, {k}, and {k}.", 'There was a time when we thought the {n} was the problem.',
  'Now we know the {n} is often a response to the {n} and the {n}.', 'Dr. {x} used to say that {p} starts with the {n}.', 'If the {n} is on {m}, check with the nurse about the {n}.',
  'We want to {v} the {n} before it turns into a crisis.', 'That is what we mean by {p}.', 'And the {n} should be part of that plan.', "You have to {k}, even when you're scared.",
  'Ask the {n} what helps, and write it in the {n}.', "It's a {a} {n}, and it's a {a} {n}.", 'We moved {q} next to the nursing station at {l}.',
  "Here's the thing about the {n}: it's {a}.", "So, okay, we're going to {v} this together.", "The patient's {n} matters more than our {n}.",
  'Think about your own {n} when you walk onto the unit.', 'We learned that from {x} and the team at {l}.',
  "Some of you have been doing this for twenty years, and that's a {a} thing.", 'What we saw was less {n} and more {n}.', 'I think {p} is where it all starts.',
  'You can {v} the {n} or you can {v} the {n}, and that is a choice.', 'After a restraint, we {v} the {n} and we {v} the {n}.', "Right, and that's {a}.",
  'Um, so, the {n} was {a}, and we had to {k}.', 'And that is why we {v} every {n}.', "There's no {n} without {n}.",
  'Maybe it was the {n}, maybe it was the {n}, but you have to ask.', "{x} from {l} called me and said, I don't know what to do with the {n}.",
  'We are not here to {v} anybody, we are here to {k}.',
];
const ES_TEMPLATES = [
  'Entonces {n} tiene que ver con {p}, y eso es lo que queremos que se lleven.', 'Cuando {n} empieza a subir, hay que {k} y esperar.',
  'Quiero que piensen en {q} y en lo que significa para {n}.', 'No se trata de {v} a la persona, se trata de {k}.', 'No es una cuestión de control, es una cuestión de {p}.',
  'Me acuerdo de que en {l}, {x} siempre decía que había que {k}.', 'Si uno puede {k}, {n} se vuelve más {a}.', 'Bueno, {q} fue una de las primeras cosas que cambiamos.',
  'Esa es la parte {a}, y requiere práctica.', 'Teníamos un joven con {m} que nos dijo que {n} lo empeoraba.', '¿Y qué hacemos cuando {n} es {a}?', 'Hablemos un momento de {p}.',
  'Le preguntamos: ¿Qué necesitas? Y después escuchamos.', 'Muchas veces {n} nos está diciendo algo sobre {n}.', 'Van a ver que {p} y {p} van de la mano.',
  'En la unidad de niños usábamos {q} todos los días.', 'No digo que sea fácil, pero es {a}.', 'Cada persona del equipo tiene un papel en {p}.',
  'Después revisamos {n} en la reunión, con el paciente si él quiere.', 'Cuando {x} llegó a {l}, lo primero que hizo fue {v} {n}.',
  'Los datos mostraron que {p} redujo las contenciones a la mitad.', 'No puede ser un castigo ni un premio, es {q}.', 'Lo repito: {k}, {k} y {k}.',
  'Hubo un tiempo en que pensábamos que {n} era el problema.', 'Ahora sabemos que {n} muchas veces es una respuesta a {n}.', 'La doctora {x} decía que {p} empieza por {n}.',
  'Si el paciente toma {m}, hay que consultar con la enfermera sobre {n}.', 'Queremos {v} {n} antes de que se convierta en una crisis.', 'Eso es lo que llamamos {p}.',
  'Y {n} tiene que formar parte del plan.', 'Hay que {k}, aunque uno tenga miedo.', 'Pregúntenle al paciente qué le ayuda, y anótenlo en {n}.',
  'Trasladamos {q} al lado de la estación de enfermería en {l}.', 'Lo importante de {n} es que es {a}.', 'Bueno, vamos a {v} esto juntos.',
  'Aprendimos eso de {x} y del equipo de {l}.', 'Lo que vimos fue menos {n} y más {n}.', 'Creo que {p} es donde empieza todo.',
  'Después de una contención, hay que {v} {n} y {v} {n}.', 'Claro, y eso es {a}.', 'Tal vez fue {n}, tal vez fue {n}, pero hay que preguntar.',
  '¿Qué pasó? ¿Qué sentiste? ¿Qué podemos hacer distinto?', 'Mira, {n} no es el enemigo, y {n} tampoco.', 'No estamos aquí para {v} a nadie, estamos aquí para {k}.',
  '{x}, de {l}, me llamó y me dijo que no sabía qué hacer con {n}.', 'Para mí, {n} es lo más {a} de todo este trabajo.',
];
const EN_N = `patient staff youth kid child team plan safety restraint seclusion voice crisis choice trauma unit shift nurse clinician family behavior moment feeling body breath space time people
day story question need language response strategy practice program policy hospital ward data incident review debriefing prevention support care treatment recovery dignity respect
trust relationship connection comfort calm distress anger fear pain memory trigger signal warning escalation de-escalation assessment goal chart note meeting supervisor leader
leadership culture change training skill tool blanket chair music light noise sound smell touch room hallway door window floor bed medication doctor psychiatrist therapist counselor
teacher parent mother father grandmother brother sister friend peer advocate worker aide manager director school home community neighborhood week night morning weekend admission
discharge intake observation hold force injury risk harm threat power control boundary limit rule consequence reward punishment privilege schedule routine activity group session
conversation tone posture distance pause silence patience empathy curiosity kindness honesty apology repair agreement checklist form document report survey rate reduction outcome
result progress success mistake lesson experience history background identity strength interest hobby game drawing journal book phone call headphones ball lotion scent snack water
juice tea sleep dream exercise walk yard garden gym cafeteria kitchen bathroom shower office station desk cart kit box basket pillow beanbag rocker swing hammock mat lavender
peppermint clipboard lanyard wristband pager badge stairwell courtyard thermostat fidget putty kaleidoscope aquarium mural poster whiteboard binder handout flowchart self-soothing
check-in follow-up grievance ombudsman regulation accreditation surveyor audit benchmark baseline spreadsheet dashboard huddle handoff rounds census milieu elopement agitation
dysregulation dissociation flashback nightmare hypervigilance startle shutdown meltdown tantrum outburst apology amends resilience attachment temperament adolescence puberty foster
custody guardian caseworker probation interpreter chaplain volunteer intern resident fellowship curriculum module slide video transcript caption worksheet quiz certificate refresher
orientation onboarding mentorship coaching`;
const EN_V = `notice name validate listen offer explain ask support plan review debrief prevent reduce avoid practice learn share document call wait breathe recognize protect include adjust adapt
choose decide repair hold talk prepare measure improve teach guide calm redirect negotiate approach watch track chart report train coach model respect honor trust understand change
build soothe comfort reassure invite encourage acknowledge reflect summarize de-escalate restrain seclude separate release monitor observe check assess screen map identify predict
anticipate normalize reframe rehearse role-play apologize forgive celebrate`;
const EN_A = `calm safe important hard easy helpful sensory emotional real possible essential strong kind personal clinical physical quiet loud small big simple serious flexible sensitive
responsible effective natural normal different constant present urgent central individual therapeutic trauma-informed person-centered restrictive coercive respectful honest gentle
steady slow careful clear consistent predictable scary frightening overwhelming upsetting painful powerful meaningful difficult complicated new old young tired hungry anxious
agitated collaborative culturally-responsive evidence-based nonjudgmental developmentally-appropriate`;
const EN_P = `trauma-informed care|the least restrictive approach|the six core strategies|sensory modulation|shared decision-making|person-first language|active listening|workforce development|
the use of data|consumer roles|leadership toward organizational change|prevention tools|recovery-oriented practice|a culture of safety|the debriefing process|co-regulation|
family partnership|strength-based planning`;
const EN_Q = `the comfort room|a weighted blanket|the sensory cart|the crisis prevention plan|the safety plan|the post-event debriefing|the comfort kit|a quiet corner|the observation room|
the one-to-one observation|an emergency medication|the morning huddle|the incident report|the family partner|the peer specialist|a physical hold|a mechanical restraint|
the treatment team|the nursing station|the sensory room|a rocking chair`;
const EN_K = `keep a steady voice|lower your voice|offer a choice|step back|give them space|sit down at eye level|name the feeling|slow your breathing|call for help early|check in|listen first|
keep your hands visible|use their name|ask what they need|take a breath|stay curious`;
const ES_N = `el paciente|el equipo|la seguridad|la contención|el aislamiento|la prevención|los niños|el joven|la familia|la enfermera|la voz|la crisis|el plan|la opción|la dignidad|el respeto|
la confianza|el trauma|el cuerpo|la respiración|el espacio|el tiempo|la conducta|el momento|la emoción|el miedo|la rabia|el dolor|la señal|la escalada|la desescalada|la evaluación|
la meta|la nota|la reunión|el supervisor|la cultura|el cambio|la formación|la habilidad|la herramienta|la manta|la silla|la música|la luz|el ruido|el sonido|el olor|el tacto|
la unidad|el turno|el hospital|la sala|la política|el programa|los datos|el incidente|la revisión|el análisis|el apoyo|el cuidado|el tratamiento|la recuperación|la relación|
la conexión|el consuelo|la angustia|la historia|la pregunta|la necesidad|el lenguaje|la respuesta|la estrategia|la práctica|la observación|la decisión|la fuerza|la sujeción|
la medicación|el médico|la psiquiatra|el psicólogo|la trabajadora social|el compañero|el líder|la dirección|el personal|la mañana|la noche|la semana|la escuela|la casa|el barrio|
la comunidad|la madre|el padre|los padres|la abuela|el hermano|la comunicación|la mirada|la distancia|la pausa|la paciencia|la empatía|el límite|la regla|el castigo|la recompensa|
la elección|el acuerdo|el vínculo|la experiencia|la lección|el error|la reparación|la sensación|el estrés|la ansiedad|el sueño|la comida|el agua|el baño|la puerta|la ventana|
el pasillo|el patio|el jardín|el pictograma|la almohada|el peluche|la plastilina|los auriculares|el termómetro emocional|la rúbrica|el tablero|el cuaderno|la tutora|el intérprete|
la acreditación|la auditoría|el relevo|la guardia|la agitación|la disociación|el recuerdo|la pesadilla|la resiliencia|el apego|la adolescencia|la custodia|el módulo|la diapositiva`;
const ES_V = `escuchar acompañar observar prevenir calmar ofrecer explicar preguntar validar registrar revisar planificar apoyar cuidar respetar entender nombrar reducir evitar practicar aprender
compartir documentar llamar esperar respirar notar reconocer proteger incluir ajustar adaptar elegir decidir reparar sostener contener hablar preparar evaluar mejorar medir analizar
enseñar guiar tranquilizar orientar negociar desescalar sujetar aislar vigilar anticipar reformular ensayar`;
const ES_A = `importante difícil fácil útil sensorial emocional real posible clave esencial fuerte amable personal grupal breve simple grave flexible sensible responsable eficaz natural normal
común diferente constante presente urgente central individual terapéutico tranquilo seguro restrictivo coercitivo respetuoso honesto predecible doloroso agotador complicado
significativo crítico básico`;
const ES_P = `la atención informada en el trauma|lo menos restrictivo|las seis estrategias básicas|la modulación sensorial|la toma de decisiones compartida|el lenguaje centrado en la persona|
la escucha activa|el uso de los datos|la cultura de seguridad|la corregulación|la prevención`;
const ES_Q = `la habitación de confort|una manta con peso|el carrito sensorial|el plan de prevención de crisis|el plan de seguridad|la sesión de análisis posterior|el kit de confort|
un rincón tranquilo|la sala de observación|una medicación de emergencia|la reunión de la mañana|el informe del incidente|la especialista de pares|una sujeción física|
una contención mecánica|el equipo de tratamiento|la estación de enfermería`;
const ES_K = `mantener una voz tranquila|bajar la voz|ofrecer una opción|dar espacio|sentarse a su altura|nombrar la emoción|respirar despacio|pedir ayuda a tiempo|escuchar primero|usar su nombre|
preguntar qué necesita|mantener la calma`;

const words = (s: string, sep: string | RegExp = /\s+/) => s.split(sep).map((w) => w.trim().replace(/\s+/g, ' ')).filter(Boolean).map((w) => w.split(' '));
const parse = (t: string): Part[] => t.split(' ').map((w) => { const m = /^\{(\w)\}(.*)$/.exec(w); return m ? [m[1], m[2]] : w; });
const lang = (t: string[], n: string[][], v: string, a: string, p: string, q: string, k: string, place: string[], med: string[], merge: boolean) =>
  ({ templates: t.map(parse), n, v: words(v), a: words(a), p: words(p, '|'), q: words(q, '|'), k: words(k, '|'), place, med, merge });
const EN = lang(EN_TEMPLATES, words(EN_N), EN_V, EN_A, EN_P, EN_Q, EN_K, 'ham ford ton field wick dale bury ville'.split(' '), 'ine zole pram done pine mab olol ate'.split(' '), false);
const ES = lang(ES_TEMPLATES, words(ES_N, '|'), ES_V, ES_A, ES_P, ES_Q, ES_K, 'eda illa ares ón ejo ía al ena'.split(' '), 'ina zol pram ona ato filina ol ida'.split(' '), true);

const ON = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kl', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z', 'sh', 'th', 'bl', 'fr', 'qu', ''];
const NU = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o'];
const CO = ['', '', 'n', 'r', 'l', 's', 'm', 'nt'];
const hash = (x: number) => { x = Math.imul(x ^ (x >>> 16), 0x85ebca6b); x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35); return (x ^ (x >>> 16)) >>> 0; };
/** A pseudo-word from a number: kind 0 a person, 1 a place, 2 a medication. */
function pseudo(id: number, kind: number, l: Lang): string {
  const h = hash(id * 3 + kind + 0x9e3779b9), g = hash(h ^ 0x27d4eb2d);
  let w = ON[h & 31] + NU[(h >>> 5) & 7] + CO[(h >>> 8) & 7] + ON[(h >>> 11) & 31] + NU[(h >>> 16) & 7];
  if (kind === 0 || g & 1) w += CO[(g >>> 1) & 7] + (g & 16 ? ON[(g >>> 5) & 31] + NU[(g >>> 10) & 7] : '');
  if (kind) w += (kind === 1 ? l.place : l.med)[(h >>> 19) & 7];
  return w[0].toUpperCase() + w.slice(1);
}
/** A small fast PRNG (mulberry32). */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const MAX = 42, NAMES = 500000, r3 = (x: number) => Math.round(x * 1000) / 1000; // caption line length; the id space of names

/** A transcript of about `words` words (default 1200) as caption cues, like a trainer speaking in a recorded training on restraint
 * and seclusion prevention in mental health settings. Same (seed, words, lang) → same output. */
export function generateTranscript(seed: number, options: { words?: number; lang?: 'en' | 'es' } = {}): GeneratedCue[] {
  const target = options.words ?? 1200, l = options.lang === 'es' ? ES : EN;
  const rnd = random(hash(Math.floor(seed * 1000) ^ (l === ES ? 0x5bd1e995 : 0)));
  const zipf = (n: number) => Math.floor(Math.exp(rnd() * Math.log(n + 1))) - 1; // P(i) ∝ 1/(i+1)
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  // What this trainer keeps coming back to: a few nouns, a subset of the concrete things, some recurring names.
  const focus = Array.from({ length: 12 }, () => l.n[zipf(l.n.length)]);
  const things = l.q.filter(() => rnd() < 0.4);
  if (!things.length) things.push(l.q[1 + Math.floor(rnd() * (l.q.length - 1))]);
  const own = Array.from({ length: 6 }, () => zipf(NAMES));
  const name = (kind: number) => [pseudo(rnd() < 0.6 ? own[Math.floor(rnd() * 6)] : zipf(NAMES), kind, l)]; // shared + own long tail
  const fill = (slot: string): string[] => {
    switch (slot) {
      case 'n': return rnd() < 0.3 ? pick(focus) : l.n[zipf(l.n.length)];
      case 'q': return things[zipf(things.length)];
      case 'x': case 'l': case 'm': return name('xlm'.indexOf(slot));
      default: { const list = l[slot as 'a' | 'v' | 'p' | 'k']; return list[zipf(list.length)]; }
    }
  };
  const spw = 0.37 * (0.9 + rnd() * 0.2); // seconds per word, ≈ 2.5 words per second with the pauses
  const cues: GeneratedCue[] = [];
  let l1 = '', l2 = '', count = 0, t = r3(rnd() * 2), total = 0;
  const flush = () => {
    if (!count) return; const end = t + count * spw * (0.85 + rnd() * 0.3);
    cues.push({ start: r3(t), end: r3(end), text: l2 ? `${l1}\n${l2}` : l1 });
    t = end; l1 = l2 = ''; count = 0;
  };
  const add = (w: string) => { // fill line 1, then line 2, then start the next cue
    if (!l2) l1 && l1.length + 1 + w.length > MAX ? (l2 = w) : (l1 = l1 ? `${l1} ${w}` : w);
    else if (l2.length + 1 + w.length <= MAX) l2 += ' ' + w;
    else { flush(); l1 = w; }
    count++; total++;
  };
  const sentence: string[] = [];
  while (total < target) {
    sentence.length = 0;
    for (const part of pick(l.templates)) {
      if (typeof part === 'string') { sentence.push(part); continue; }
      const value = fill(part[0]);
      for (let i = 0; i < value.length; i++) {
        let w = value[i];
        const last = sentence.length - 1, prev = sentence[last];
        if (l.merge && w === 'el' && (prev === 'de' || prev === 'a')) { sentence[last] = prev === 'de' ? 'del' : 'al'; continue; }
        if (!l.merge && prev === 'a' && /^([aeio]|u(?!ni))/.test(w)) sentence[last] = 'an';
        if (i === value.length - 1) w += part[1];
        sentence.push(w);
      }
    }
    for (const w of sentence) add(w);
    if (l2 || l1.length > 28) { flush(); t += 0.15 + rnd() * 0.4; }
  }
  flush();
  return cues;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const stamp = (s: number, ms = Math.max(0, Math.round(s * 1000))) =>
  `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
/** A WebVTT file of the cues: the header, then each cue's timing line and its text (escaped, no blank lines). */
export function cuesToVtt(cues: GeneratedCue[]): string {
  let out = 'WEBVTT\n';
  for (const c of cues) {
    const text = c.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n\s*\n/g, '\n');
    out += `\n${stamp(c.start)} --> ${stamp(c.end)}\n${text}\n`;
  }
  return out;
}
