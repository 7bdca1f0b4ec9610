#!/usr/bin/env node
// Writes the small demo handouts in demo/source/files/ as hand-built PDF 1.4 files.
//
// Why hand-built: the demo needs a handful of real, openable PDFs with known byte sizes and page counts, and the
// repository should not grow an npm dependency (or a LaTeX toolchain) just for fixtures. The format subset used here
// is tiny: standard Helvetica fonts (not embedded), WinAnsi text, one content stream per page, a classic xref table.
//
// Most files are *tagged* (structure tree with H1/H2/P/L/LI, /Lang, /MarkInfo, page numbers as artifacts) so the
// catalog's `"tagged": true` is honest and screen readers get headings and lists. One file is deliberately untagged,
// like the legacy slide decks in the real archive, so the UI can show that case. These files are NOT full PDF/UA
// (fonts are not embedded, no XMP metadata); the catalog only claims "tagged".
//
// Output is deterministic: no dates, no random IDs, so re-running produces byte-identical files.
//
// Usage: node scripts/make-demo-pdf.mjs <out-dir>     (prints one "name bytes pages" line per file)

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.argv[2] ?? 'demo/source/files';

// ---------------------------------------------------------------------------------------------------------------
// Text encoding. WinAnsiEncoding equals Latin-1 for U+00A0..U+00FF, which covers Spanish; a few typographic
// characters live in 0x80..0x9F. Anything else is a bug in the content below, so fail loudly.
const WIN_ANSI_EXTRA = { '\u2022': 0x95, '\u2013': 0x96, '\u2014': 0x97, '\u2019': 0x92, '\u201C': 0x93, '\u201D': 0x94, '\u2026': 0x85 };

function winAnsi(text) {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code >= 0x20 && code <= 0x7e) out += ch;
    else if (code >= 0xa0 && code <= 0xff) out += ch;
    else if (WIN_ANSI_EXTRA[ch] !== undefined) out += String.fromCharCode(WIN_ANSI_EXTRA[ch]);
    else throw new Error(`character U+${code.toString(16)} is not in WinAnsiEncoding: ${JSON.stringify(text)}`);
  }
  return out;
}

/** A PDF literal string, e.g. (Hello \(world\)). Input is already WinAnsi (one char = one byte). */
const lit = (s) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** Text string for /Title etc. (not page content): UTF-16BE with a byte-order mark, written as hex, so any
 *  character is safe (document text strings use PDFDocEncoding or UTF-16, not WinAnsi). */
const textString = (s) => `<FEFF${[...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('').toUpperCase()}>`;

// Approximate Helvetica advance widths (1/1000 em). Only used for line wrapping, so "close" is enough; the
// classes below are within a few percent of the real AFM metrics for typical English/Spanish text.
function charWidth(ch, bold) {
  let w;
  if (' ,.:;!|ijl\'`'.includes(ch)) w = 278;
  else if ('ftrI()[]-/'.includes(ch)) w = 333;
  else if ('mwMW'.includes(ch)) w = 833;
  else if (/[A-Z]/.test(ch)) w = 667;
  else w = 556;
  return bold ? w * 1.05 : w;
}
const textWidth = (s, size, bold) => [...s].reduce((sum, ch) => sum + charWidth(ch, bold), 0) * size / 1000;

function wrap(text, size, bold, maxWidth) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Layout: blocks -> pages of positioned lines. A block never splits across pages (all blocks are short), which keeps
// one structure element = one marked-content sequence on one page.
const STYLE = {
  h1: { size: 18, bold: true, before: 0, after: 10, leading: 22 },
  h2: { size: 13, bold: true, before: 10, after: 4, leading: 17 },
  p: { size: 11, bold: false, before: 0, after: 7, leading: 15 },
  li: { size: 11, bold: false, before: 0, after: 3, leading: 15, indent: 16 },
  field: { size: 11, bold: false, before: 4, after: 10, leading: 15 },
  small: { size: 9, bold: false, before: 6, after: 4, leading: 12 },
};

function layout(doc) {
  const [W, H] = doc.landscape ? [792, 612] : [612, 792];
  const margin = 60;
  const bottom = margin + 24; // leave room for the page-number footer
  const pages = [];
  let page = null;
  let y = 0;
  const newPage = () => {
    page = { items: [] };
    pages.push(page);
    y = H - margin;
  };
  newPage();
  // Slides: each h1 after the first starts a new page, like a slide deck.
  doc.blocks.forEach((block, index) => {
    const st = STYLE[block.t];
    if (!st) throw new Error(`unknown block type ${block.t}`);
    if (doc.landscape && block.t === 'h1' && index > 0) newPage();
    const indent = st.indent ?? 0;
    const text = block.t === 'field' ? `${block.text} ${'_'.repeat(block.blank ?? 40)}` : block.text;
    const lines = wrap(text, st.size, st.bold, W - 2 * margin - indent);
    const height = st.before + lines.length * st.leading + st.after;
    if (y - height < bottom && page.items.length > 0) newPage();
    y -= st.before;
    const positioned = lines.map((line) => {
      y -= st.leading;
      return { x: margin + indent, y: y + (st.leading - st.size) / 2, text: line };
    });
    y -= st.after;
    page.items.push({ block, style: st, lines: positioned, bulletX: margin + 4 });
  });
  return { W, H, margin, pages };
}

// ---------------------------------------------------------------------------------------------------------------
// Serialisation.
function buildPdf(doc) {
  const { W, H, margin, pages } = layout(doc);
  const objects = []; // index i holds the body of object i+1
  const alloc = () => objects.push(null);
  const set = (id, body) => { objects[id - 1] = body; };

  const catalogId = alloc();
  const pagesId = alloc();
  const fontRegular = alloc();
  const fontBold = alloc();
  const infoId = alloc();
  const structRootId = doc.tagged ? alloc() : 0;
  const documentElemId = doc.tagged ? alloc() : 0;
  const pageIds = pages.map(() => alloc());
  const contentIds = pages.map(() => alloc());

  set(fontRegular, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  set(fontBold, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');

  const documentKids = []; // struct element ids directly under /Document
  const parentTree = []; // per page: array indexed by MCID -> struct element id
  let currentList = null; // { id, kids } while consecutive li blocks run

  pages.forEach((page, pageIndex) => {
    const pageRef = `${pageIds[pageIndex]} 0 R`;
    const ops = [];
    const mcidOwners = [];
    parentTree.push(mcidOwners);

    // Adds a struct element of type `role` whose content is one marked-content sequence on this page.
    const markedElem = (role, parentId, drawOps) => {
      if (!doc.tagged) {
        ops.push(...drawOps);
        return 0;
      }
      const mcid = mcidOwners.length;
      const id = alloc();
      mcidOwners.push(id);
      set(id, `<< /Type /StructElem /S /${role} /P ${parentId} 0 R /Pg ${pageRef} /K ${mcid} >>`);
      ops.push(`/${role} << /MCID ${mcid} >> BDC`, ...drawOps, 'EMC');
      return id;
    };
    const textOps = (item, line) => [
      'BT', `/${item.style.bold ? 'F2' : 'F1'} ${item.style.size} Tf`,
      `${line.x.toFixed(2)} ${line.y.toFixed(2)} Td`, `${lit(winAnsi(line.text))} Tj`, 'ET',
    ];

    for (const item of page.items) {
      const { block } = item;
      const role = { h1: 'H1', h2: 'H2', p: 'P', field: 'P', small: 'P' }[block.t];
      if (block.t !== 'li') currentList = null;
      if (role) {
        const id = markedElem(role, documentElemId, item.lines.flatMap((line) => textOps(item, line)));
        if (id) documentKids.push(id);
        continue;
      }
      // List item: L > LI > (Lbl, LBody). A list continues across a page break as the same L element.
      let liId = 0;
      if (doc.tagged) {
        if (!currentList) {
          currentList = { id: alloc(), kids: [] };
          documentKids.push(currentList.id);
        }
        liId = alloc();
        currentList.kids.push(liId);
      }
      const first = item.lines[0];
      const lblId = markedElem('Lbl', liId, [
        'BT', `/F1 ${item.style.size} Tf`, `${item.bulletX.toFixed(2)} ${first.y.toFixed(2)} Td`, `${lit(winAnsi('\u2022'))} Tj`, 'ET',
      ]);
      const bodyId = markedElem('LBody', liId, item.lines.flatMap((line) => textOps(item, line)));
      if (doc.tagged) {
        set(liId, `<< /Type /StructElem /S /LI /P ${currentList.id} 0 R /K [${lblId} 0 R ${bodyId} 0 R] >>`);
        set(currentList.id, `<< /Type /StructElem /S /L /P ${documentElemId} 0 R /K [${currentList.kids.map((k) => `${k} 0 R`).join(' ')}] >>`);
      }
    }

    // Footer: page numbers are pagination artifacts, not content.
    const footer = winAnsi(`${doc.footer}  \u2022  Page ${pageIndex + 1} of ${pages.length}`);
    const footerOps = ['0.35 g', 'BT', '/F1 8 Tf', `${margin} ${margin - 20} Td`, `${lit(footer)} Tj`, 'ET', '0 g'];
    if (doc.tagged) ops.push('/Artifact << /Type /Pagination /Subtype /Footer >> BDC', ...footerOps, 'EMC');
    else ops.push(...footerOps);

    const stream = Buffer.from(`${ops.join('\n')}\n`, 'latin1');
    set(contentIds[pageIndex], { dict: `<< /Length ${stream.length} >>`, stream });
    set(pageIds[pageIndex], [
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${W} ${H}]`,
      `/Resources << /Font << /F1 ${fontRegular} 0 R /F2 ${fontBold} 0 R >> >>`,
      `/Contents ${contentIds[pageIndex]} 0 R`,
      doc.tagged ? `/StructParents ${pageIndex} /Tabs /S` : '',
      '>>',
    ].filter(Boolean).join(' '));
  });

  set(pagesId, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  set(infoId, `<< /Title ${textString(doc.title)} /Author ${textString(doc.author)} /Subject ${textString(doc.subject)} /Producer (rsp-archive scripts/make-demo-pdf.mjs) >>`);
  if (doc.tagged) {
    const nums = parentTree.map((owners, i) => `${i} [${owners.map((id) => `${id} 0 R`).join(' ')}]`).join(' ');
    set(structRootId, `<< /Type /StructTreeRoot /K ${documentElemId} 0 R /ParentTree << /Nums [${nums}] >> /ParentTreeNextKey ${pages.length} >>`);
    set(documentElemId, `<< /Type /StructElem /S /Document /P ${structRootId} 0 R /K [${documentKids.map((id) => `${id} 0 R`).join(' ')}] >>`);
    set(catalogId, `<< /Type /Catalog /Pages ${pagesId} 0 R /Lang (${doc.lang}) /MarkInfo << /Marked true >> /StructTreeRoot ${structRootId} 0 R /ViewerPreferences << /DisplayDocTitle true >> >>`);
  } else {
    set(catalogId, `<< /Type /Catalog /Pages ${pagesId} 0 R /Lang (${doc.lang}) >>`);
  }

  // Classic file layout: header, objects, xref with exact byte offsets, trailer.
  const chunks = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    if (body === null) throw new Error(`object ${i + 1} was allocated but never written`);
    offsets.push(offset);
    const parts = typeof body === 'string'
      ? [Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1')]
      : [Buffer.from(`${i + 1} 0 obj\n${body.dict}\nstream\n`, 'latin1'), body.stream, Buffer.from('endstream\nendobj\n', 'latin1')];
    for (const part of parts) {
      chunks.push(part);
      offset += part.length;
    }
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalogId} 0 R /Info ${infoId} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return { bytes: Buffer.concat(chunks), pages: pages.length };
}

// ---------------------------------------------------------------------------------------------------------------
// Content. All organizations, people and plans are fictional demo material written in a strength-based,
// person-centred voice; nothing here is clinical guidance.
const FOOTER = 'RSP Training Archive demo handout (fictional content)';
const AUTHOR = 'RSP Training Archive demo';

const h1 = (text) => ({ t: 'h1', text });
const h2 = (text) => ({ t: 'h2', text });
const p = (text) => ({ t: 'p', text });
const li = (text) => ({ t: 'li', text });
const field = (text, blank) => ({ t: 'field', text, blank });
const small = (text) => ({ t: 'small', text });

const DOCS = {
  'six-core.pdf': {
    title: 'Six Core Strategies at a glance', subject: 'Overview of the Six Core Strategies for reducing restraint and seclusion',
    blocks: [
      h1('Six Core Strategies at a glance'),
      p('The Six Core Strategies are an organization-wide approach to preventing restraint and seclusion. They work best together, and they work best when the people who receive services help shape them.'),
      h2('1. Leadership toward organizational change'),
      p('Leaders name prevention as a priority, review every event, and make sure staff have the time and support to try new approaches.'),
      h2('2. Using data to inform practice'),
      p('Teams look at when, where and with whom events happen, celebrate progress, and share what the numbers suggest without blame.'),
      h2('3. Workforce development'),
      p('Training in trauma-informed care, recovery and de-escalation; supervision that models the same respect we hope staff will show.'),
      h2('4. Use of prevention tools'),
      li('Trauma and safety assessments written with the person'),
      li('Individual crisis prevention plans'),
      li('Sensory supports and comfort rooms'),
      li('Environments that feel calm and welcoming'),
      h2('5. Full inclusion of people with lived experience'),
      p('Peer specialists, family members and advocates take part in planning, training, review and everyday life on the unit.'),
      h2('6. Debriefing techniques'),
      p('After any event, the team and the person talk about what happened, what helped, and what could be different next time. The goal is learning and repair, not fault-finding.'),
      h2('Reflection questions'),
      li('Which strategy is already a strength in your program?'),
      li('Which one small change could you try this month?'),
      li('Who needs to be part of that conversation?'),
      small('Demo content for the rsp-archive component library. Adapted in plain language for illustration only.'),
    ],
  },
  'six-core-slides.pdf': {
    title: 'Six Core Strategies: overview slides', subject: 'Slide deck (legacy, untagged) for the Six Core Strategies overview',
    landscape: true, tagged: false,
    blocks: [
      h1('Six Core Strategies: an overview'), p('Restraint & Seclusion Prevention webinar series'), p('Demo slide deck (fictional presenters)'),
      h1('Why prevention?'), li('Restraint and seclusion can re-traumatize people and staff'), li('Most events can be prevented with planning and relationship'), li('Prevention is a whole-organization effort'),
      h1('The six strategies'), li('Leadership toward organizational change'), li('Using data to inform practice'), li('Workforce development'), li('Use of prevention tools'), li('Full inclusion of people with lived experience'), li('Debriefing techniques'),
    ],
  },
  'sensory-worksheet.pdf': {
    title: 'Sensory modulation worksheet', subject: 'A worksheet for finding sensory supports that help a person feel calm and alert',
    blocks: [
      h1('Sensory modulation worksheet'),
      p('This worksheet is filled in together with the person, in their words. There are no right answers: it is a record of what they already know about themselves.'),
      field('Name (or what you like to be called):'),
      field('Filled in with:'),
      h2('What helps me feel calm'),
      li('Sounds (music, quiet, nature sounds):'),
      li('Touch (weighted blanket, textured object, warm drink):'),
      li('Movement (walking, rocking chair, stretching):'),
      li('Sight (dim light, pictures, looking outside):'),
      li('Smell and taste (lotion, tea, mints):'),
      h2('Early signs that I am starting to feel overwhelmed'),
      field('What I notice in my body:', 50),
      field('What others might notice:', 50),
      h2('What I would like staff to do'),
      field('Please do:', 60),
      field('Please avoid:', 60),
      h2('Trying it out'),
      p('Choose one or two supports to try this week. Afterwards, rate how calm you felt from 1 to 5, before and after, and note anything you would change.'),
      field('Support tried, rating before / after:', 40),
      field('Support tried, rating before / after:', 40),
      small('Demo worksheet for the rsp-archive component library (fictional content).'),
    ],
  },
  'crisis-plan-template.pdf': {
    title: 'Crisis prevention plan template', subject: 'A person-centred template for planning ahead for hard moments',
    blocks: [
      h1('Crisis prevention plan'),
      p('A crisis prevention plan is written with a person, ideally soon after they arrive and at a calm time. It records their own knowledge about what upsets them, what helps, and what they want to happen if things get hard. Review it together often.'),
      field('Name:'), field('Date written:'), field('Written together with:'),
      h2('Things that can be hard for me'),
      field('Situations, times of day, sounds, words:', 45),
      field('', 80),
      h2('Signs that I am starting to struggle'),
      field('What I feel:', 60),
      field('What others may see:', 55),
      h2('What helps me'),
      li('People I would like to talk to:'),
      li('Places where I feel safer:'),
      li('Activities and sensory supports:'),
      li('Words or approaches that help:'),
      h2('What does not help'),
      field('', 80),
      field('', 80),
      h2('If I am in crisis'),
      p('Write the person\u2019s preferences for who is with them, what is said, medication preferences, and any approaches they want staff to avoid, including any history that makes physical contact especially frightening.'),
      field('My preferences:', 60),
      field('', 80),
      h2('Reviewing this plan'),
      p('We will look at this plan together at least once a week and after any difficult event. I can ask to change it at any time.'),
      field('Next review date:'),
      small('Demo template for the rsp-archive component library (fictional content).'),
    ],
  },
  'debriefing-checklist.pdf': {
    title: 'Debriefing after restraint: checklist', subject: 'Checklist for the immediate and formal debriefing after a restraint or seclusion event',
    blocks: [
      h1('Debriefing after restraint: checklist'),
      p('Debriefing is about learning and repair. It includes the person who was restrained, the staff involved and, when the person wishes, a peer specialist or family member.'),
      h2('Right away (within the shift)'),
      li('Check on the physical and emotional wellbeing of the person and of staff'),
      li('Offer the person a chance to talk, with someone they trust, when they are ready'),
      li('Make sure the person knows what will happen next'),
      li('Let staff step away briefly if they need to'),
      h2('Formal review (within a few days)'),
      li('What was happening before the event, for the person and on the unit?'),
      li('Which early signs were noticed, and what was tried?'),
      li('What does the person say would have helped?'),
      li('What in the environment, schedule or staffing contributed?'),
      li('Does the crisis prevention plan need to change?'),
      h2('Closing the loop'),
      li('Share what was learned with the team without blame'),
      li('Update the plan together with the person'),
      li('Record one change the program will try'),
      small('Demo checklist for the rsp-archive component library (fictional content).'),
    ],
  },
  'tist-1.pdf': {
    title: 'TIST Module 1 handout: safety and stabilization', subject: 'Handout for module 1 of the demo TIST course',
    blocks: [
      h1('Module 1: Safety and stabilization'),
      p('Trauma-Informed Stabilization Treatment begins from a simple idea: people cannot learn, heal or change while their body believes it is in danger. Safety comes first, and safety is felt, not announced.'),
      h2('Key ideas'),
      li('Many behaviors that worry staff began as ways to survive.'),
      li('A calm, curious presence helps the nervous system settle.'),
      li('Predictability, choice and honest explanations build trust.'),
      h2('Try this on your next shift'),
      p('Notice one moment when someone seemed to relax. What was happening? Who was there? Write it down and share it with your team at handover.'),
      field('My observation:', 60),
      field('', 80),
    ],
  },
  'tist-2.pdf': {
    title: 'TIST Module 2 handout: co-regulation', subject: 'Handout for module 2 of the demo TIST course',
    blocks: [
      h1('Module 2: Co-regulation in the moment'),
      p('Co-regulation means lending our own calm to someone whose nervous system is overwhelmed. It starts with us: our breathing, voice, posture and pace.'),
      h2('Before you step in'),
      li('Notice your own body: jaw, shoulders, breath.'),
      li('Slow down. An unhurried pace tells the body there is time.'),
      li('Lower your voice and stand at an angle, not face to face.'),
      h2('While you are with the person'),
      li('Offer simple choices: \u201CWould you like to sit here or by the window?\u201D'),
      li('Name what you see without judgment.'),
      li('Use the sensory supports the person has told you help.'),
      h2('Reflection'),
      field('A time someone helped me feel calmer was:', 40),
      field('', 80),
    ],
  },
  'tist-3.pdf': {
    title: 'TIST Module 3 handout: survival responses', subject: 'Handout for module 3 of the demo TIST course',
    blocks: [
      h1('Module 3: Understanding survival responses'),
      p('Fight, flight, freeze and shutting down are the body protecting itself. They are not choices made in the moment, and they are not character flaws. When we meet them with compassion, shame loses its grip and new responses become possible.'),
      h2('Recognizing the responses'),
      li('Fight: raised voice, clenched fists, pushing away'),
      li('Flight: pacing, leaving the room, wanting to run'),
      li('Freeze: staring, stillness, difficulty answering'),
      li('Shut down: flat voice, sleepiness, seeming far away'),
      h2('Responding with compassion'),
      p('Say out loud what the body may be doing: \u201CIt looks like part of you is ready for a fight. That part has kept you safe before.\u201D Then offer something that might help it feel safe enough to settle.'),
      h2('Practice'),
      field('A response I often see on my unit:', 45),
      field('A compassionate way to name it:', 48),
      field('', 80),
    ],
  },
  'tist-4.pdf': {
    title: 'TIST Module 4 handout: debriefing and repair', subject: 'Handout for module 4 of the demo TIST course',
    blocks: [
      h1('Module 4: Debriefing and repair'),
      p('Hard moments will still happen. What matters is what we do afterwards: checking in, repairing the relationship and learning together as a team.'),
      h2('Repair with the person'),
      li('Acknowledge what happened and how it may have felt.'),
      li('Ask what would have helped, and listen.'),
      li('Agree on one change together and follow through.'),
      h2('Learning as a team'),
      li('What helped? What got in the way?'),
      li('What was happening for staff? Was anyone running on empty?'),
      li('Which plan, routine or space could change?'),
      h2('Course wrap-up'),
      p('Across the four modules we have moved from safety, to co-regulation, to understanding survival responses, to repair. Take a moment to note what you will keep practicing.'),
      field('One thing I will keep doing:', 50),
      field('One thing I will try:', 55),
    ],
  },
  'plan-prevencion-crisis.pdf': {
    title: 'Plan de prevención de crisis', subject: 'Plantilla centrada en la persona para planificar los momentos difíciles', lang: 'es-US',
    footer: 'Folleto de demostración del archivo de capacitación RSP (contenido ficticio)',
    blocks: [
      h1('Plan de prevención de crisis'),
      p('Este plan se escribe junto con la persona, en un momento tranquilo. Recoge lo que ella ya sabe sobre lo que le afecta, lo que le ayuda y lo que desea que ocurra si las cosas se ponen difíciles.'),
      field('Nombre:'), field('Fecha:'), field('Escrito junto con:'),
      h2('Lo que puede ser difícil para mí'),
      field('Situaciones, horas del día, sonidos, palabras:', 35),
      field('', 80),
      h2('Señales de que empiezo a tener dificultades'),
      field('Lo que siento:', 55),
      field('Lo que otras personas pueden ver:', 40),
      h2('Lo que me ayuda'),
      li('Personas con quienes me gustaría hablar:'),
      li('Lugares donde me siento más seguro o segura:'),
      li('Actividades y apoyos sensoriales:'),
      li('Palabras o formas de acercarse que me ayudan:'),
      h2('Lo que no me ayuda'),
      field('', 80),
      h2('Especialistas de pares'),
      p('Si lo deseo, un especialista de pares puede acompañarme al revisar este plan y después de cualquier momento difícil.'),
      h2('Revisión del plan'),
      p('Revisaremos este plan juntos al menos una vez por semana y después de cualquier situación difícil. Puedo pedir cambios en cualquier momento.'),
      field('Próxima revisión:'),
      small('Plantilla de demostración para la biblioteca rsp-archive (contenido ficticio).'),
    ],
  },
};

mkdirSync(outDir, { recursive: true });
for (const [name, def] of Object.entries(DOCS)) {
  const doc = { lang: 'en-US', tagged: true, landscape: false, footer: FOOTER, author: AUTHOR, ...def };
  const { bytes, pages } = buildPdf(doc);
  writeFileSync(join(outDir, name), bytes);
  console.log(`${name} ${bytes.length} ${pages}`);
}
