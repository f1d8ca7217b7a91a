// Resolves a cell listing departments, reporting unknown names with the nearest known one.
import type { SourceRef } from '../model/program';
import type { ReadContext } from './read-context';
import { rememberDepartmentName, suggestedName } from './department-name';
import { matchKey } from '../text/normalize';
import { ALL_HAMLETS } from '../criteria/commune-bodies';

const HAMLET_GROUPS = new Set(ALL_HAMLETS.map((b) => b.name));

const GROUPS = '(?:đơn vị|cơ quan|ngành|phòng, ban|phòng ban|phòng, ban, ngành|ban, ngành|ban ngành|sở, ngành|đoàn thể|ban, ngành, đoàn thể)';
/** "các đơn vị có liên quan", "Các ngành thị xã", "Các ngành phụ trách" (seed 002), "các ban, ngành, đoàn thể xã": no one in particular. */
const GENERIC_RE = new RegExp(`^(các |những )?${GROUPS}[^]*liên quan$|^(các )?(đơn vị|ngành) (có )?liên quan|^(các|những) ${GROUPS}(?: (?:cấp )?(?:huyện|thị xã|thành phố|xã|thị trấn|tỉnh)(?: .*)?| (?:phụ trách|chuyên môn|chức năng|có trách nhiệm|được phân công)(?: .*)?)?$`, 'u');

/** "… và các đơn vị có liên quan" after a name (seed 003), "UBMTTQ và đoàn thể cấp xã" (seed 002): the name is the department, the tail is no one. */
const GENERIC_TAIL_RE = /\s*[,;]?\s+(?:và|cùng)\s+(?:(?:các|những)\s+(?:đơn vị|cơ quan|ngành|phòng, ban|phòng ban|ban, ngành|sở, ngành|đoàn thể)|đoàn thể)(?![\p{L}])[^]*$/iu;

const COORDINATOR_NOTE = /\(\s*(?:phối hợp|cơ quan phối hợp|ph)\s*\)/iu;
const LEAD_NOTE = /\(\s*(?:chủ trì|cơ quan chủ trì|ct)\s*\)/iu;

/**
 * A lead cell that says who coordinates ("Phòng NN&PTNT (chủ trì), Phòng TC-KH (phối hợp)"):
 * the names marked "(phối hợp)" are coordinators, the rest lead, as the cell itself says.
 */
export function splitByRole(ctx: ReadContext, text: string): { leads: string; coordinators: string } {
  if (!COORDINATOR_NOTE.test(text)) return { leads: text, coordinators: '' };
  const leads: string[] = [];
  const coordinators: string[] = [];
  for (const part of ctx.departments.split(text)) {
    if (COORDINATOR_NOTE.test(part)) coordinators.push(part.replace(COORDINATOR_NOTE, '').trim());
    else leads.push(part.replace(LEAD_NOTE, '').trim());
  }
  return { leads: leads.join('; '), coordinators: coordinators.join('; ') };
}

export function resolveDepartments(ctx: ReadContext, text: string, at: SourceRef): string[] {
  if (!text) return [];
  ctx.placeWords?.add(text);
  const ids: string[] = [];
  for (const whole of ctx.departments.split(text)) {
    // "các đơn vị có liên quan", "các ngành liên quan": no one in particular, nothing to resolve.
    if (GENERIC_RE.test(matchKey(whole))) continue;
    // A line wholly in brackets under a name ("(Tổ giúp việc NTM)", seed 002) remarks on it: no one else.
    if (/^\([^()]*\)$/.test(whole.trim())) continue;
    const part = whole.replace(GENERIC_TAIL_RE, '') || whole;
    const r = ctx.departments.resolve(part);
    // "Các thôn": in a commune's own plan its hamlets are members (seed 001); in a district's, every
    // commune's hamlets are no one the office follows up.
    if ('id' in r && !ctx.communePlan && HAMLET_GROUPS.has(r.name)) continue;
    if ('id' in r) {
      rememberDepartmentName(r.id, r.name);
      ids.push(r.id);
      continue;
    }
    const suggestion = r.suggestion && suggestedName(r.suggestion, ctx.districtKind);
    ctx.sink.add('department.unknown', 'warning', at, {
      vi: `Không nhận ra cơ quan "${r.unknown}".` + (suggestion ? ` Có phải "${suggestion}"?` : ''),
      en: `Unknown department "${r.unknown}".` + (suggestion ? ` Did you mean "${suggestion}"?` : ''),
    }, { department: r.unknown, found: r.unknown, suggestion: suggestion || undefined });
    ids.push(`?${r.unknown}`);
  }
  return ids;
}
