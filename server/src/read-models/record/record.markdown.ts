import type { ExportedDelegation, ExportedPlan, ExportedRecord } from './record.service';

function delegationLines(d: ExportedDelegation): string[] {
  return [
    `- **${d.activityName}**: ${d.delegator} → ${d.delegatee}, ${d.hoursPerWeek} h a week, stage ${d.stage.toLowerCase()}${d.handedOverAt ? `, handed over ${d.handedOverAt.slice(0, 10)}` : ''}.`,
    `  Learning objective: ${d.learningObjective}`,
    ...d.checkIns.map(
      (c) =>
        `  - ${c.at.slice(0, 10)} ${c.author} (${c.side.toLowerCase()}): confidence ${c.confidence}/5, ${c.coachingHours} h coaching${c.note ? `. ${c.note}` : ''}`,
    ),
  ];
}

/** One growth plan of the record, section by section. */
function planLines(plan: ExportedPlan, index: number): string[] {
  const lines: string[] = [];
  lines.push(`## Growth plan ${index + 1} (${plan.status.toLowerCase()}), with ${plan.manager}`, '');
  lines.push(
    `${plan.currentLevel} → ${plan.targetLevel}${plan.targetArchetype ? `, as ${plan.targetArchetype.replace(/_/g, ' ').toLowerCase()}` : ''}; ${plan.weeklyHours} h a week. Started ${plan.createdAt.slice(0, 10)}.`,
    '',
  );
  lines.push(
    '### Signals',
    '',
    ...plan.signals.map(
      (s) => `- ${s.signal} (${s.side.toLowerCase()}): ${s.rating.toLowerCase()}${s.evidence ? `. ${s.evidence}` : ''}`,
    ),
    '',
  );
  lines.push(
    '### Gaps',
    '',
    ...plan.gaps.map(
      (g) =>
        `- **${g.title}** (${g.kind.toLowerCase()}, ${g.status.toLowerCase()}, opened ${g.openedQuarter}${g.closedQuarter ? `, closed ${g.closedQuarter}` : ''})${g.evidence ? `: ${g.evidence}` : ''}`,
    ),
    '',
  );
  lines.push(
    '### The week',
    '',
    ...plan.week.map((a) => `- ${a.name}: ${a.hoursPerWeek} h (${a.mode.toLowerCase()}, ${a.leverage.toLowerCase()})`),
    '',
  );
  lines.push(
    '### Change goals',
    '',
    ...plan.goals.map(
      (g) => `- **${g.title}** (${g.status.toLowerCase()}): ${g.stop ? `stop ${g.stop}, ` : ''}start ${g.start}`,
    ),
    '',
  );
  lines.push('### Delegations', '', ...plan.delegations.flatMap(delegationLines), '');
  lines.push(
    '### Help requests',
    '',
    ...plan.helpRequests.map(
      (r) =>
        `- ${r.receivedAt.slice(0, 10)} ${r.requester}: ${r.topic} → ${r.decision?.toLowerCase() ?? 'undecided'}${r.redirectedTo ? ` (to ${r.redirectedTo})` : ''}, ${r.hoursSpent} h`,
    ),
    '',
  );
  lines.push('### 1:1s', '');
  for (const o of plan.oneOnOnes) {
    lines.push(`#### ${o.scheduledAt.slice(0, 16).replace('T', ' ')} (${o.status.toLowerCase()})`, '');
    lines.push(...o.agenda.map((a) => `- [${a.discussed ? 'x' : ' '}] ${a.text}`));
    if (o.sharedNotes.trim()) lines.push('', o.sharedNotes.trim());
    lines.push(
      ...o.actionItems.map(
        (a) => `- [${a.done ? 'x' : ' '}] ${a.text} (${a.owner}${a.dueOn ? `, due ${a.dueOn}` : ''})`,
      ),
      '',
    );
  }
  lines.push('### Reflections', '');
  for (const r of plan.reflections) {
    lines.push(`#### ${r.quarter} (${r.status.toLowerCase().replace('_', ' ')})`, '');
    if (r.selfText) lines.push(`Self: ${r.selfText}`, '');
    if (r.managerText) lines.push(`Manager: ${r.managerText}`, '');
  }
  if (plan.promotionNarrative.trim()) lines.push('### Promotion narrative', '', plan.promotionNarrative.trim(), '');
  return lines;
}

/** The exported record as a readable document, section by section. */
export function recordMarkdown(record: ExportedRecord): string {
  const p = record.person;
  const lines = [
    `# The Fulcrum record of ${p.name}`,
    '',
    `Exported ${record.exportedAt.slice(0, 16).replace('T', ' ')} UTC.`,
    '',
  ];
  lines.push(
    `${p.title ?? 'No title'} · ${p.level.toLowerCase()} · ${p.track.replace(/_/g, ' ').toLowerCase()}${p.specialty ? ` · ${p.specialty}` : ''}${p.manager ? ` · manager: ${p.manager}` : ''}`,
    '',
  );
  for (const [index, plan] of record.plans.entries()) lines.push(...planLines(plan, index));
  lines.push(
    '## Delegated to me',
    '',
    ...(record.delegatedToMe.length ? record.delegatedToMe.flatMap(delegationLines) : ['_Nothing._']),
    '',
  );
  lines.push('## My private notes', '', 'Only you ever see these.', '');
  for (const note of record.myPrivateNotes)
    lines.push(`### 1:1 of ${note.oneOnOneAt.slice(0, 10)} (${note.planOwner}'s plan)`, '', note.text, '');
  return lines.join('\n');
}
