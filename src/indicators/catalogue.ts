// The indicator catalogue, in priority order: where one cue word belongs to
// several indicators (信访 → cases or visitors; 规范性文件 → review or
// documents), the first entry whose conditions and units fit takes it.
import { administration } from './catalogue/administration.js';
import { disputes } from './catalogue/disputes.js';
import { learning } from './catalogue/learning.js';
import { penalty } from './catalogue/penalty.js';
import { petitions } from './catalogue/petitions.js';
import type { Indicator } from './types.js';

export const CATALOGUE: readonly Indicator[] = [...penalty, ...disputes, ...petitions, ...administration, ...learning];

export const INDICATOR_IDS: readonly string[] = CATALOGUE.map((i) => i.id);

export const CORE_IDS: ReadonlySet<string> = new Set(CATALOGUE.filter((i) => i.core).map((i) => i.id));
