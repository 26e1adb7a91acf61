import { LEVEL_LABELS, type Level } from '../people';
import { archetypeInfo, leverInfo, type Archetype, type Lever } from './catalog';
import { STAGE_LABELS, type DelegationStage } from './delegation';
import type { QuarterPoint } from './reflection';
import { RATING_LABELS, signalInfo, type Readiness, type SignalKey, type SignalRating } from './signals';

export interface PromotionCaseInput {
  ownerName: string;
  managerName: string;
  currentLevel: Level;
  targetLevel: Level;
  targetArchetype: Archetype | null;
  readiness: Readiness;
  signals: readonly {
    signal: SignalKey;
    selfRating: SignalRating | null;
    selfEvidence: string | null;
    managerRating: SignalRating | null;
    managerEvidence: string | null;
  }[];
  closedGaps: readonly { title: string; closedQuarter: string | null; evidence: string | null }[];
  ownedDelegations: readonly {
    activityName: string;
    delegateeName: string;
    hoursPerWeek: number;
    learningObjective: string;
    stage: DelegationStage;
  }[];
  doneGoals: readonly {
    title: string;
    lever: Lever;
    stopHours: number | null;
    stopName: string | null;
    startHours: number;
    startName: string;
  }[];
  leversUsed: readonly Lever[];
  trend: readonly QuarterPoint[];
  narrative: string;
}

const rating = (value: SignalRating | null) => (value ? RATING_LABELS[value] : '—');
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

/**
 * The promotion case of §4 as Markdown, built only from the plan's shared evidence (never from
 * private notes): readiness and signals, target archetype, gaps closed, delegations owned,
 * change goals done, levers used and the quarterly trend, under the pair's own narrative.
 */
export function promotionCaseMarkdown(input: PromotionCaseInput): string {
  const lines: string[] = [];
  lines.push(
    `# Promotion case: ${input.ownerName}, ${LEVEL_LABELS[input.currentLevel]} → ${LEVEL_LABELS[input.targetLevel]}`,
    '',
  );
  lines.push(`Prepared with ${input.managerName}.`, '');
  lines.push('## Narrative', '', input.narrative.trim() || '_Not written yet._', '');

  lines.push(
    '## Readiness',
    '',
    `**${input.readiness.stage
      .replace(/_/g, ' ')
      .toLowerCase()
      .replace(/^./, (c) => c.toUpperCase())}**`,
    '',
  );
  for (const reason of input.readiness.reasons) lines.push(`- ${reason}`);
  lines.push('', '| Signal | Self | Manager | Evidence |', '| --- | --- | --- | --- |');
  for (const s of input.signals) {
    const evidence = [s.managerEvidence, s.selfEvidence].filter(Boolean).join(' / ');
    lines.push(
      `| ${signalInfo(s.signal).title} | ${rating(s.selfRating)} | ${rating(s.managerRating)} | ${cell(evidence || '—')} |`,
    );
  }
  lines.push('');

  lines.push('## Target archetype', '');
  if (input.targetArchetype) {
    const info = archetypeInfo(input.targetArchetype);
    lines.push(`**${info.title}**: ${info.explanation}`);
  } else {
    lines.push('_Not chosen yet._');
  }
  lines.push('');

  lines.push('## Gaps closed', '');
  if (input.closedGaps.length === 0) lines.push('_None yet._');
  for (const g of input.closedGaps)
    lines.push(`- **${g.title}** (closed ${g.closedQuarter ?? '—'})${g.evidence ? `: ${g.evidence}` : ''}`);
  lines.push('');

  lines.push('## Delegations owned: who grew, hours freed', '');
  if (input.ownedDelegations.length === 0) lines.push('_None yet._');
  for (const d of input.ownedDelegations) {
    lines.push(
      `- **${d.activityName}** → ${d.delegateeName} (${STAGE_LABELS[d.stage].toLowerCase()}), ${d.hoursPerWeek} h a week freed. Learned: ${d.learningObjective}`,
    );
  }
  const freed = input.ownedDelegations.reduce((sum, d) => sum + d.hoursPerWeek, 0);
  if (freed > 0) lines.push('', `In all, ${freed} h a week now delivered by others.`);
  lines.push('');

  lines.push('## Change goals done', '');
  if (input.doneGoals.length === 0) lines.push('_None yet._');
  for (const g of input.doneGoals) {
    const stop = g.stopHours !== null && g.stopName ? `stopped ${g.stopHours} h of ${g.stopName}, ` : '';
    lines.push(`- **${g.title}** (${leverInfo(g.lever).title}): ${stop}started ${g.startHours} h of ${g.startName}`);
  }
  lines.push('');

  lines.push('## Levers used', '');
  lines.push(
    input.leversUsed.length ? input.leversUsed.map((l) => `- ${leverInfo(l).title}`).join('\n') : '_None yet._',
  );
  lines.push('');

  lines.push(
    '## Quarterly trend',
    '',
    '| Quarter | Doing h | Multiplying h | High-leverage h | Overhead h | Gaps closed | Delegations owned | Leverage ratio |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const p of input.trend) {
    lines.push(
      `| ${p.quarter} | ${p.doingHours} | ${p.multiplyingHours} | ${p.highLeverageHours} | ${p.overheadHours} | ${p.gapsClosed} | ${p.delegationsOwned} | ${p.leverageRatio ?? '—'} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
