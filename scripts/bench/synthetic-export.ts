// Writes a study-notes export of about the requested size, in the seed export's format
// (tests/fixtures/exports/seed.txt): sections of bullets, questions printed twice with
// four options, and cards printed twice with a back. Deterministic, so runs compare.
const TOPICS = [
  'learning rate',
  'batch size',
  'overfitting',
  'tokenizer',
  'chat template',
  'evaluation',
  'quantization',
  'adapter rank',
  'data cleaning',
  'preference pairs',
  'serving latency',
  'catastrophic forgetting',
];
const topic = (n: number) => TOPICS[n % TOPICS.length] ?? 'fine-tuning';

export function syntheticExport(bytes: number): string {
  const questions: string[] = ['Questions and Answers'];
  const cards: string[] = ['Flashcards'];
  const notes: string[] = ['Study Notes'];
  let size = 0;
  for (let section = 0; size < bytes; section += 1) {
    const lines: string[] = [`Section ${section}: ${topic(section)} in practice`];
    for (let bullet = 0; bullet < 20; bullet += 1) {
      const subject = topic(section * 7 + bullet);
      lines.push(
        `- ${subject} note ${section}-${bullet}: how ${subject} interacts with ${topic(bullet)} when a team fine-tunes a model on ${topic(section + bullet)} data and checks the result on held-out prompts.`,
      );
    }
    const prompt = `Which statement about ${topic(section)} and ${topic(section + 3)} is right (case ${section})?`;
    const q = [prompt, prompt];
    for (let option = 0; option < 4; option += 1) {
      q.push(
        `- ${topic(section + option)} changes how ${topic(option)} behaves${option === 1 ? ' (correct)' : ''}`,
      );
    }
    const front = `What does ${topic(section)} control in run ${section}?`;
    const c = [
      front,
      front,
      `It sets how ${topic(section)} trades off against ${topic(section + 5)}.`,
    ];
    notes.push(...lines);
    questions.push(...q, ...q.map((line, n) => (n < 2 ? `${line} Again?` : line)));
    cards.push(...c);
    size += [...lines, ...q, ...q, ...c].join('\n').length + 4;
  }
  return `${[...questions, ...cards, ...notes].join('\n')}\n`;
}
